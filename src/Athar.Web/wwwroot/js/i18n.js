// Labels in English and Arabic; the page direction follows the language (Arabic: right to left).
// Data (article text, names) is never translated: it keeps its own direction (dir="auto" or "rtl").

const labels = {
  en: {
    brand: 'Athar', map: 'Map', search: 'Search', mostMentioned: 'Most mentioned', hashtags: 'Hashtags',
    searchPlaceholder: 'Search articles (Arabic or English)…', go: 'Search', language: 'العربية',
    filters: 'Filters', from: 'From', to: 'To', country: 'Country (ISO code)', actor: 'Actor', place: 'Place', types: 'Event types',
    words: 'Words in the reports', apply: 'Apply', reset: 'Reset', viewOnly: 'Only the visible area', cluster: 'Group dense markers',
    eventsOnMap: 'events on the map', withoutPlace: 'without a place', truncated: 'more match: narrow the filters',
    timeline: 'Timeline', timelineHint: 'Drag across the bars to filter by date; click to clear.', bucket: 'Bar', day: 'day', month: 'month', year: 'year',
    clearDates: 'Clear dates', loading: 'Loading…', noEvents: 'No event matches these filters.',
    event: 'Event', date: 'Date', precision: 'precision', location: 'Place', coordinates: 'Coordinates', admin1: 'Province',
    acled: 'ACLED coding', agent: 'Actor 1', target: 'Actor 2', fatalities: 'Fatalities', certainty: 'Certainty',
    corroboration: 'Corroboration', sources: 'sources', independent: 'independent', independentSource: 'independent source',
    notIndependent: 'not independent (copy or same outlet)', openEvent: 'Open the event page', openArticle: 'Open the article',
    evidence: 'Evidence', sourcesTitle: 'Sources', published: 'Published', outlet: 'Outlet', link: 'Original link',
    reportSays: 'What this article reports', wholeArticle: 'The article, with the evidence highlighted', close: 'Close',
    whereabouts: 'Whereabouts', whereaboutsOf: 'Whereabouts of', findActor: 'Actor id or name (isis, داعش)…', show: 'Show',
    role: 'Role', what: 'What', entries: 'entries', undated: 'undated', articlesNaming: 'articles name it',
    results: 'Results', articles: 'Articles', events: 'Events', matchesFor: 'articles match', relaxed: 'No article has every word; showing articles with some of them.',
    noResults: 'Nothing found.', eventsReported: 'Events these articles report', actors: 'Actors', places: 'Places',
    mentions: 'mentions', articlesCount: 'articles', hashtag: 'Hashtag', allHashtags: 'All hashtags',
    annotations: 'Annotations', text: 'Text', similarity: 'Similarity', duplicateOf: 'Copy of article',
    layer_dates: 'Dates', layer_places: 'Places', layer_entities: 'Actors', layer_events: 'Events', layer_claims: 'Whereabouts claims', layer_hashtags: 'Hashtags',
    error: 'Error', notFound: 'Not found', storeSummary: 'articles, events', credit: 'Outlines: Natural Earth (public domain). Map: Leaflet.',
    legend: 'Types', radiusHint: 'Marker size: fatalities',
    type_battle: 'Battle', type_territory_taken: 'Territory taken', type_raid: 'Raid', type_air_strike: 'Air/drone strike',
    type_shelling: 'Shelling', type_bombing: 'Bombing', type_attack: 'Attack', type_abduction: 'Abduction', type_arrest: 'Arrest', type_other: 'Other',
    certainty_reported: 'reported', certainty_claimed: 'claimed', certainty_alleged: 'alleged', certainty_denied: 'denied', certainty_speculative: 'speculative',
    mark_trigger: 'what happened', mark_date: 'date', mark_place: 'place', mark_agent: 'actor 1', mark_target: 'actor 2',
    mark_fatalities: 'killed', mark_injured: 'injured', mark_detained: 'detained', mark_weapon: 'weapon', mark_attribution: 'source', mark_certainty: 'hedge',
    role_agent: 'actor', role_target: 'target', role_subject: 'reported there',
    movement_moved: 'moved', movement_fled: 'fled', movement_infiltrated: 'infiltrated', movement_sheltered: 'sheltered', movement_hid: 'hid', movement_present: 'present', movement_arrived: 'arrived',
  },
  ar: {
    brand: 'أثر', map: 'الخريطة', search: 'بحث', mostMentioned: 'الأكثر ذكراً', hashtags: 'الوسوم',
    searchPlaceholder: 'ابحث في المقالات…', go: 'بحث', language: 'English',
    filters: 'التصفية', from: 'من', to: 'إلى', country: 'الدولة (رمز ISO)', actor: 'الفاعل', place: 'المكان', types: 'أنواع الأحداث',
    words: 'كلمات في التقارير', apply: 'تطبيق', reset: 'إعادة ضبط', viewOnly: 'المنطقة الظاهرة فقط', cluster: 'تجميع العلامات المتقاربة',
    eventsOnMap: 'حدثاً على الخريطة', withoutPlace: 'بلا مكان', truncated: 'هناك المزيد: ضيّق التصفية',
    timeline: 'الخط الزمني', timelineHint: 'اسحب فوق الأعمدة للتصفية بالتاريخ، وانقر للإلغاء.', bucket: 'العمود', day: 'يوم', month: 'شهر', year: 'سنة',
    clearDates: 'إلغاء التواريخ', loading: 'جارٍ التحميل…', noEvents: 'لا أحداث تطابق هذه التصفية.',
    event: 'الحدث', date: 'التاريخ', precision: 'الدقة', location: 'المكان', coordinates: 'الإحداثيات', admin1: 'المحافظة',
    acled: 'تصنيف ACLED', agent: 'الفاعل الأول', target: 'الفاعل الثاني', fatalities: 'القتلى', certainty: 'درجة اليقين',
    corroboration: 'التأكيد', sources: 'مصادر', independent: 'مستقلة', independentSource: 'مصدر مستقل',
    notIndependent: 'غير مستقل (نسخة أو المنفذ نفسه)', openEvent: 'صفحة الحدث', openArticle: 'فتح المقال',
    evidence: 'الدليل', sourcesTitle: 'المصادر', published: 'تاريخ النشر', outlet: 'الموقع', link: 'الرابط الأصلي',
    reportSays: 'ما يقوله هذا المقال', wholeArticle: 'المقال مع إبراز الدليل', close: 'إغلاق',
    whereabouts: 'أماكن التواجد', whereaboutsOf: 'أماكن تواجد', findActor: 'معرّف الفاعل أو اسمه (isis، داعش)…', show: 'عرض',
    role: 'الدور', what: 'ماذا', entries: 'سجلاً', undated: 'بلا تاريخ', articlesNaming: 'مقالات تذكره',
    results: 'النتائج', articles: 'المقالات', events: 'الأحداث', matchesFor: 'مقالاً تطابق', relaxed: 'لا مقال يحوي كل الكلمات؛ تُعرض المقالات التي تحوي بعضها.',
    noResults: 'لا نتائج.', eventsReported: 'الأحداث التي تذكرها هذه المقالات', actors: 'الفاعلون', places: 'الأماكن',
    mentions: 'ذكراً', articlesCount: 'مقالات', hashtag: 'الوسم', allHashtags: 'كل الوسوم',
    annotations: 'التعليقات', text: 'النص', similarity: 'التشابه', duplicateOf: 'نسخة من المقال',
    layer_dates: 'التواريخ', layer_places: 'الأماكن', layer_entities: 'الفاعلون', layer_events: 'الأحداث', layer_claims: 'ادعاءات التواجد', layer_hashtags: 'الوسوم',
    error: 'خطأ', notFound: 'غير موجود', storeSummary: 'مقالات، أحداث', credit: 'الحدود: Natural Earth (ملكية عامة). الخريطة: Leaflet.',
    legend: 'الأنواع', radiusHint: 'حجم العلامة: عدد القتلى',
    type_battle: 'اشتباك', type_territory_taken: 'سيطرة على منطقة', type_raid: 'مداهمة', type_air_strike: 'غارة جوية/مسيّرة',
    type_shelling: 'قصف', type_bombing: 'تفجير', type_attack: 'هجوم', type_abduction: 'اختطاف', type_arrest: 'اعتقال', type_other: 'أخرى',
    certainty_reported: 'مُبلَّغ عنه', certainty_claimed: 'ادّعاء', certainty_alleged: 'مزعوم', certainty_denied: 'منفي', certainty_speculative: 'ترجيح',
    mark_trigger: 'الحدث', mark_date: 'التاريخ', mark_place: 'المكان', mark_agent: 'الفاعل الأول', mark_target: 'الفاعل الثاني',
    mark_fatalities: 'القتلى', mark_injured: 'الجرحى', mark_detained: 'المعتقلون', mark_weapon: 'السلاح', mark_attribution: 'المصدر', mark_certainty: 'التحوّط',
    role_agent: 'فاعل', role_target: 'مستهدف', role_subject: 'ذُكر وجوده',
    movement_moved: 'انتقل', movement_fled: 'فرّ', movement_infiltrated: 'تسلّل', movement_sheltered: 'لجأ', movement_hid: 'اختبأ', movement_present: 'موجود', movement_arrived: 'وصل',
  },
};

const stored = (() => {
  try { return localStorage.getItem('athar.lang'); } catch { return null; }
})();

export const lang = stored === 'ar' || stored === 'en' ? stored : (navigator.language || 'en').startsWith('ar') ? 'ar' : 'en';

/** The label for a key in the page's language (the key itself when missing, so a gap shows). */
export function t(key) {
  return labels[lang][key] ?? labels.en[key] ?? key;
}

/** Sets the page language and direction and fills every [data-i18n] element (and placeholders). */
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
}

export function switchLanguage() {
  try { localStorage.setItem('athar.lang', lang === 'ar' ? 'en' : 'ar'); } catch { /* private mode: stays */ }
  location.reload();
}
