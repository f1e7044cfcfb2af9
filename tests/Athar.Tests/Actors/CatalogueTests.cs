using Athar.Actors;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Tests.Actors;

/// <summary>The curated data hangs together: parents, anaphors and state-agent targets all exist.</summary>
public class CatalogueTests
{
    private static readonly ActorCatalogue Catalogue = ActorCatalogue.Default;

    [Fact]
    public void Every_parent_is_a_catalogued_actor() =>
        Assert.All(Catalogue.Actors.Where(a => a.ParentId is not null), a => Assert.NotNull(Catalogue.Get(a.ParentId)));

    [Fact]
    public void Every_anaphor_of_an_actor_is_in_the_anaphor_list()
    {
        var anaphors = Lexicon.Rows("Actors/anaphors.tsv").Select(r => MatchingForm.Of(r[0])).ToHashSet();
        Assert.All(Catalogue.Actors.SelectMany(a => a.Anaphors), form => Assert.Contains(form, anaphors));
    }

    [Fact]
    public void Every_state_agent_target_is_catalogued() =>
        Assert.All(Lexicon.Rows("Actors/state-agents.tsv", 1), r => Assert.NotNull(Catalogue.Get(r[2].Trim())));

    [Fact]
    public void No_alias_names_two_different_actors()
    {
        var byForm = Lexicon.Rows("data/actors/aliases.tsv")
            .GroupBy(r => string.Join(' ', Tokenizer.Tokenize(r[0]).Select(t => t.Form)))
            .Where(g => g.Select(r => r[1]).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(byForm);
    }

    [Fact]
    public void The_core_covers_syria_iraq_and_turkey_with_a_few_hundred_aliases()
    {
        Assert.InRange(Catalogue.AliasCount, 300, 2000);
        foreach (var id in new[] { "isis", "sdf", "ypg", "pkk", "hts", "ahrar_al_sham", "sna", "syria_gov_forces", "russia_forces", "iran_forces", "hezbollah", "pmf", "iraq_army", "iraq_cts", "iraq_security_media_cell", "iraq_gov_forces", "iraq_intelligence", "turkey_army", "turkey_police", "turkey_mit", "turkey_interior_ministry", "us_military", "centcom", "coalition", "sohr", "peshmerga", "tribal_fighters", "manbij_military_council", "nlf", "zenki", "un", "iom" })
            Assert.NotNull(Catalogue.Get(id));
    }

    [Fact]
    public void A_catalogue_row_with_an_unknown_kind_is_rejected() =>
        Assert.Throws<FormatException>(() => ActorCatalogue.Load([LexiconRow.Of("x", "militia", "", "", "", "", "X", "اكس")], []));
}
