using Athar.Corpus;
using Athar.Store;

namespace Athar.Watch.Digests;

/// <summary>The article behind a digest line, read once per digest: title, link, outlet and date beside the sentence.</summary>
internal sealed class DigestSources(IAtharStore corpus)
{
    private readonly Dictionary<long, ArticleSummary?> _articles = [];

    public DigestSource Of(long articleId, string sentence)
    {
        if (!_articles.TryGetValue(articleId, out var article))
            _articles[articleId] = article = corpus.GetArticles([articleId]) is [var a] ? a : null;
        return new DigestSource(articleId, article?.Title, article?.Url, article?.Outlet, article?.Published, sentence.Trim());
    }

    public DigestSource Of(ArticleSummary article, string sentence)
    {
        _articles[article.Id] = article;
        return new DigestSource(article.Id, article.Title, article.Url, article.Outlet, article.Published, sentence.Trim());
    }
}
