using System.Linq.Expressions;

namespace PartyOrg.Api.Querying;

/// <summary>Which members of a lambda's parameter its body reads, such as the stored columns a selector or a count needs.</summary>
public static class ReadMembers
{
    public static IEnumerable<string> Of(LambdaExpression read)
    {
        var finder = new Finder(read.Parameters[0]);
        finder.Visit(read.Body);
        return finder.Found;
    }

    private sealed class Finder(ParameterExpression row) : ExpressionVisitor
    {
        public List<string> Found { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row)
            {
                Found.Add(node.Member.Name);
                return node;
            }

            return base.VisitMember(node);
        }
    }
}
