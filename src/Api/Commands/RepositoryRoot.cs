namespace PartyOrg.Api.Commands;

/// <summary>Finds the repository root: the nearest folder, from a start folder upwards, that holds the solution.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Api.sln";

    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
