using System.Text;

namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>GraphQL names of CLR enum values: <c>MembersMeeting</c> is <c>MEMBERS_MEETING</c>.</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
