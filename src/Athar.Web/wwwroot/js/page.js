// The shell of the content pages (/event.html, /article.html, /actor.html, /search.html, /hashtag.html,
// /top.html, /watchlists.html are all page.html on the server): runs the module named after the address.
const pages = ['event', 'article', 'actor', 'search', 'hashtag', 'top', 'watchlists'];
const name = location.pathname.replace(/^\/+/, '').replace(/\.html$/, '');
await import(`./${pages.includes(name) ? name : 'top'}-page.js`);
