using GraphQL;
using GraphQL.Transport;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;

namespace PartyOrg.Api.Transport.WebSockets;

/// <summary>
/// Executes a <c>subscribe</c> with the same executer, schema and settings as the HTTP endpoint and delivers
/// what comes back: <c>error</c> for a request that did not execute (parse or validation errors), one
/// <c>next</c> and <c>complete</c> for a query or mutation, and for a subscription each event as <c>next</c>
/// until the stream completes (<c>complete</c>) or fails (<c>error</c>).
/// </summary>
public sealed class OperationExecutor(
    GraphQLExecution execution,
    RequestRateLimiter rateLimiter,
    OperationTelemetryFactory telemetry,
    SubscriptionTelemetry subscriptions,
    ILogger<OperationExecutor> logger)
{
    private const string Transport = "websocket";

    public async Task RunAsync(Operation operation, GraphQLRequest request, AcceptedConnection connection, SocketWriter writer)
    {
        using var operationTelemetry = telemetry.Start(Transport, connection.Caller.KeyId);
        try
        {
            if (await connection.RefusalAsync(operation.CancellationToken) is { } refusal)
            {
                writer.Close(refusal);
                operation.Cancel();
                return;
            }

            var caller = connection.Caller;
            ExecutionResult result;
            if (await rateLimiter.TryAcquireAsync(caller, connection.Context.RemoteIpAddress?.ToString(), operation.CancellationToken) is { } refused)
            {
                result = new ExecutionResult { Errors = [LimitErrors.RateLimited(refused.Limit, RequestRateLimiter.Per(caller), refused.RetryAfterSeconds)] };
                operationTelemetry.Finish(result);
            }
            else
            {
                result = await execution.ExecuteAsync(new ExecutionRequest(request, caller with { ClientAddress = connection.Context.RemoteIpAddress?.ToString() }, operation.Services, operation.CancellationToken)
                {
                    UserContext = connection.Context.CreateUserContext(),
                    User = connection.Context.User,
                    CanStream = true,
                    Telemetry = operationTelemetry,
                });
            }

            if (!operation.IsCancelled)
            {
                Deliver(operation, result, writer, operationTelemetry.Context);
            }
        }
        catch (OperationCanceledException) when (operation.CancellationToken.IsCancellationRequested)
        {
            // The client completed the operation or the socket closed: no one is waiting for the result.
        }
        catch (Exception e)
        {
            logger.OperationCrashed(e, operation.Id);
            writer.Close(CloseReason.InternalServerError);
            operation.Cancel();
        }
        finally
        {
            operation.ExecutionReturned();
        }
    }

    private void Deliver(Operation operation, ExecutionResult result, SocketWriter writer, System.Diagnostics.ActivityContext span)
    {
        if (!result.Executed)
        {
            writer.TrySend(Messages.Error(operation.Id, result.Errors ?? []), operation);
            operation.TryEnd();
            return;
        }

        var stream = result.Streams?.Values.FirstOrDefault(s => s is not null);
        if (stream is null)
        {
            writer.TrySend(Messages.Next(operation.Id, result), operation);
            writer.TrySend(Messages.Complete(operation.Id), operation);
            operation.TryEnd();
            return;
        }

        operation.Attach(subscriptions.Observe(stream, new StreamObserver(operation, writer), Transport, span));
    }
}
