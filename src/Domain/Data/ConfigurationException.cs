namespace PartyOrg.Domain.Data;

/// <summary>Configuration that cannot work; its message is shown to the operator as it is.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
