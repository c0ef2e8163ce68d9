using System.Linq.Expressions;

namespace PartyOrg.Api.Querying;

/// <summary>Reuses a lambda's body with another expression in place of its parameter.</summary>
internal static class ExpressionRebinding
{
    public static Expression Rebind(this LambdaExpression lambda, Expression replacement) =>
        new Replacer(lambda.Parameters[0], replacement).Visit(lambda.Body);

    private sealed class Replacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
