using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Suggestions;

public sealed class SuggestionChannelGraphType : EnumerationGraphType<SuggestionChannel>
{
    public SuggestionChannelGraphType()
    {
        Name = "SuggestionChannel";
        Description = "How a suggestion reached the Party: \"开门问计+上门问需\".";
        Values["DOOR_TO_DOOR"]!.Description = "Collected visiting people at home (上门问需).";
        Values["POSTER_QR_CODE"]!.Description = "Through the channel a campaign poster or its QR code publishes (开门纳谏).";
        Values["HELP_PLATFORM"]!.Description = "Through the \"我帮你\" platform.";
        Values["PRACTICE_CENTER"]!.Description = "At the feedback desk of a civilisation-practice centre (新时代文明实践中心).";
        Values["VETERAN_FORUM"]!.Description = "At a forum with veteran cadres (征求意见座谈会).";
        Values["ONLINE_INTAKE"]!.Description = "Submitted by anyone through this API's public intake.";
    }
}

public sealed class SuggestionStatusGraphType : EnumerationGraphType<SuggestionStatus>
{
    public SuggestionStatusGraphType()
    {
        Name = "SuggestionStatus";
        Description = "Where a suggestion stands.";
        Values["RECEIVED"]!.Description = "Received, not yet replied to.";
        Values["ADOPTED"]!.Description = "Adopted: it became an item on a practical-matter list.";
        Values["ANSWERED"]!.Description = "Answered without a list item (explained, referred, already done).";
        Values["DECLINED"]!.Description = "Declined, with the reason given.";
    }
}
