using Athar.Actors;

namespace Athar.Tests.Actors;

/// <summary>The founding article: every group, force, institution, outlet and person it names.</summary>
public class SeedArticleActorTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
    private static readonly IReadOnlyList<ActorMention> Entities =
        AtharPipeline.CreateDefault().Analyze(Seed).Layer<ActorMention>();

    [Theory]
    [InlineData("قوات_سوريا_الديمقراطية", "sdf", ActorKind.ArmedGroup)]
    [InlineData("طيران #التحالف_الدولي", "coalition", ActorKind.StateForce)]
    [InlineData("الاستخبارات الأميركية", "us_intelligence", ActorKind.StateForce)]
    [InlineData("أبا بكر البغدادي", "abu_bakr_al_baghdadi", ActorKind.Person)]
    [InlineData("حركة أحرار الشام", "ahrar_al_sham", ActorKind.ArmedGroup)]
    [InlineData("مركز توثيق الانتهاكات في شمال سوريا", "vdc_north_syria", ActorKind.Monitor)]
    [InlineData("السلطات العراقية", "iraq_gov", ActorKind.Government)]
    [InlineData("السلطات التركية", "turkey_gov", ActorKind.Government)]
    [InlineData("سليمان صويلو", "suleyman_soylu", ActorKind.Person)]
    [InlineData("CNN TÜRK", "cnn_turk", ActorKind.Media)]
    [InlineData("مديرية الأمن في #اسطنبول", "istanbul_security_directorate", ActorKind.StateForce)]
    public void Finds_the_named_actor(string text, string id, ActorKind kind)
    {
        var mention = Assert.Single(Entities, e => e.Text == text);
        Assert.Equal(id, mention.Id);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(text, Seed[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void Finds_isis_inside_the_hashtag_and_in_every_quoted_mention()
    {
        var hashtag = Seed.IndexOf("#داعش", StringComparison.Ordinal) + 1;
        Assert.Contains(Entities, e => e.Id == "isis" && e.Span.Contains(new Span(hashtag, hashtag + 4)));
        for (var at = Seed.IndexOf("“داعش”", StringComparison.Ordinal); at >= 0; at = Seed.IndexOf("“داعش”", at + 1, StringComparison.Ordinal))
        {
            var word = new Span(at + 1, at + 5);
            Assert.Contains(Entities, e => e.Id == "isis" && e.Span.Contains(word));
        }
    }

    [Fact]
    public void Finds_every_mention_of_the_outlet_with_or_without_quotes_and_head_word()
    {
        var outlet = Entities.Where(e => e.Id == "al_hal_net").Select(e => e.Text).ToList();
        Assert.Equal(["الحل نت", "موقع «الحل نت»", "موقع «الحل نت»", "الحل نت"], outlet);
    }

    [Fact]
    public void Reads_the_emir_named_after_a_cue_with_role_and_group()
    {
        var emir = Assert.Single(Entities, e => e.Text == "محمود أوزدان");
        Assert.Equal(ActorKind.Person, emir.Kind);
        Assert.Null(emir.Id);
        Assert.Equal("emir", emir.Role);
        Assert.Equal("isis", emir.ParentId);
        Assert.NotNull(emir.Transliteration);
    }

    [Fact]
    public void Both_security_forces_mentions_resolve_to_turkey_from_the_context()
    {
        var forces = Entities.Where(e => e.Text == "القوات الأمنية").ToList();
        Assert.Equal(2, forces.Count);
        Assert.All(forces, f => Assert.Equal(("turkey_security_forces", true), (f.Id, f.Generic)));
    }

    [Theory]
    [InlineData("الحركة", "ahrar_al_sham")]
    [InlineData("الوزير التركي", "suleyman_soylu")]
    [InlineData("المديرية", "istanbul_security_directorate")]
    public void Links_the_anaphor_to_its_antecedent(string text, string id)
    {
        var anaphor = Assert.Single(Entities, e => e.Text == text);
        Assert.Equal(id, anaphor.Id);
        var antecedent = Assert.Single(Entities, e => e.Span == anaphor.Antecedent);
        Assert.Equal(id, antecedent.Id);
        Assert.True(antecedent.Span.End <= anaphor.Span.Start);
    }

    [Fact]
    public void The_commander_anaphor_points_to_the_emir_not_to_the_minister()
    {
        var commander = Assert.Single(Entities, e => e.Text == "القيادي");
        Assert.Equal("محمود أوزدان", Seed[commander.Antecedent!.Value.Start..commander.Antecedent.Value.End]);
    }

    [Fact]
    public void Every_mention_of_the_organisation_refers_to_isis()
    {
        var tanzim = Entities.Where(e => e.Text is "التنظيم" or "لتنظيم").ToList();
        Assert.True(tanzim.Count >= 15);
        Assert.All(tanzim, t => Assert.Equal("isis", t.Id));
    }

    [Fact]
    public void Finds_the_quoted_persons_and_nickname()
    {
        Assert.Contains(Entities, e => e.Kind == ActorKind.Person && e.Text == "ابراهيم");
        Assert.Contains(Entities, e => e.Kind == ActorKind.Person && e.Text == "أمبر داعش");
    }

    [Fact]
    public void Names_no_actor_that_is_not_in_the_article()
    {
        var ids = Entities.Select(e => e.Id).Where(id => id is not null).ToHashSet();
        Assert.Subset(
            new HashSet<string?> { "isis", "sdf", "coalition", "us_intelligence", "abu_bakr_al_baghdadi", "al_hal_net", "ahrar_al_sham", "vdc_north_syria", "iraq_gov", "turkey_gov", "suleyman_soylu", "cnn_turk", "turkey_security_forces", "istanbul_security_directorate" },
            ids);
    }
}
