namespace PartyOrg.Domain.Security;

/// <summary>
/// The subtree the changes started in the current asynchronous flow may touch. The API enters the caller's
/// subtree around each mutation; <see cref="Changes.ChangeRunner"/> hands it to the change's context, where
/// anything outside it looks exactly like something that does not exist.
/// </summary>
public static class WriteScope
{
    private static readonly AsyncLocal<Subtree?> Ambient = new();

    public static Subtree Current => Ambient.Value ?? Subtree.Everything;

    public static IDisposable Enter(Subtree subtree)
    {
        var previous = Ambient.Value;
        Ambient.Value = subtree;
        return new Restore(previous);
    }

    private sealed class Restore(Subtree? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
