namespace Athar.Actors;

/// <summary>
/// Generic agents with a country adjective name that country's state actor: «القوات التركية» → turkey_army,
/// «السلطات العراقية» → iraq_gov, «طائرة مسيرة تركية» → turkey_army, «جنود أميركيين» → us_military.
/// </summary>
internal sealed class StateAgentFinder(ActorCatalogue catalogue, AgentLexicon lexicon)
{
    public void Find(ActorScan scan)
    {
        var tokens = scan.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!scan.Can(i, WordFlags.Agent) || !scan.IsFree(i) || lexicon.Agents.LongestAt(tokens, i) is not { } agent)
            {
                i++;
                continue;
            }
            var j = scan.NextReadable(agent.Last);
            if (j < tokens.Count && scan.IsFree(j) && scan.CanWhole(j, WordFlags.Country) &&
                lexicon.Countries.LongestAt(tokens, j, proclitics: false) is { Value.IsAdjective: true } adjective &&
                catalogue.Get(lexicon.StateActor(adjective.Value.Country, agent.Value.Class)) is { } actor)
            {
                var (span, text) = scan.SpanOf(agent.First, adjective.Last, agent.Prefix);
                scan.Add(ActorMentions.Of(actor, span, text, generic: true), agent.First, adjective.Last);
                i = adjective.Last + 1;
                continue;
            }
            i = agent.Last + 1;
        }
    }
}
