import Foundation
import TextCore

/// The metadata an HTML page declares: `<title>`, Open Graph and article meta tags, the
/// canonical link, `<time>`, `<html lang>` and JSON-LD `NewsArticle` objects.
///
/// Precedence, most trusted first: JSON-LD, Open Graph and `article:*` meta tags, other meta
/// tags, then elements (`<h1>`, `<time>`, an element classed `byline` or `author`).
struct HTMLMetadata {
  var title: String?
  var byline: String?
  var outlet: String?
  var published: PublicationDate?
  var url: String?
  var language: Language?

  init(document: HTMLDocument, dates: DateReader, language hint: Language?) {
    var meta = [String: String]()
    // Other meta tags that name a publication date, in document order
    // (`article_date_original`, `cXenseParse:recs:publishtime`).
    var otherDates = [String]()
    var canonical: String?
    var pageTitle: String?
    var jsonLD = JSONLDArticle()
    var timeValue: String?
    var bylineElement: String?
    var itempropDate: String?
    var datedElement: String?
    for index in document.nodes.indices {
      let node = document.nodes[index]
      switch node.name {
      case "meta":
        guard let content = node.attribute("content")?.trimmingSpaces, !content.isEmpty else {
          continue
        }
        for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")]
          .compactMap({ $0?.lowercased() })
        where meta[key] == nil {
          meta[key] = content
          if Self.namesPublicationDate(key) { otherDates.append(content) }
        }
      case "link":
        let relations = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
        if relations.contains("canonical"), canonical == nil, let href = node.attribute("href"),
          !href.isEmpty
        {
          canonical = href.trimmingSpaces
        }
      case "title":
        if pageTitle == nil { pageTitle = document.text(of: index) }
      case "html":
        if language == nil, let lang = node.attribute("lang") ?? node.attribute("xml:lang") {
          language = Language(tag: lang)
        }
      case "script":
        if node.attribute("type")?.lowercased().containsText("ld+json") == true {
          let raw = node.children.map { document.nodes[$0].text }.joined()
          jsonLD.merge(raw)
        }
      case "time":
        if timeValue == nil { timeValue = node.attribute("datetime") ?? document.text(of: index) }
      default:
        break
      }
      if itempropDate == nil, node.attribute("itemprop")?.lowercased() == "datepublished" {
        itempropDate =
          node.attribute("datetime") ?? node.attribute("content") ?? document.text(of: index)
      }
      guard !node.isText, datedElement == nil || bylineElement == nil,
        node.attributes.contains(where: Self.mayMarkDateOrAuthor)
      else { continue }
      let words = HTMLCues.words(of: node).joined()
      if datedElement == nil, Self.isDateElement(words) {
        let text = document.text(of: index)
        if !text.isEmpty && TextFeatures.weightedLength(text) <= 80 { datedElement = text }
      }
      if bylineElement == nil, Self.isBylineElement(node, words: words) {
        let text = document.text(of: index)
        if !text.isEmpty && TextFeatures.wordCount(text) <= 12 { bylineElement = text }
      }
    }

    outlet = jsonLD.publisher ?? meta["og:site_name"] ?? meta["application-name"]
    let socialTitle = meta["og:title"].map { Self.cleanTitle($0, outlet: outlet) }
    title =
      jsonLD.headline.map { Self.shorterTitle(TextFeatures.collapsingWhitespace($0), socialTitle) }
      ?? socialTitle
      ?? document.first("h1").map { document.text(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
      ?? pageTitle.map { Self.cleanTitle($0, outlet: outlet) }
    if let current = title, current.isEmpty { title = nil }

    let authorMeta = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
    let rawByline =
      jsonLD.authors.isEmpty
      ? (authorMeta ?? bylineElement) : jsonLD.authors.joined(separator: ", ")
    if let rawByline {
      let stripped = dates.cues.byline(in: rawByline) ?? rawByline
      byline = stripped.isEmpty ? nil : TextFeatures.collapsingWhitespace(stripped)
    }

    let dateSources = [
      jsonLD.datePublished, meta["article:published_time"], meta["og:published_time"],
      meta["datepublished"], meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"],
      meta["dc.date.issued"], meta["dcterms.date"], meta["dcterms.created"],
      meta["citation_publication_date"],
    ]
    let elementDates = [itempropDate, timeValue, datedElement]
    for source in (dateSources + otherDates.map(Optional.some) + elementDates).compactMap({ $0 }) {
      if let date = Self.isoDatePrefix(source) ?? dates.firstDate(in: source, language: hint) {
        published = date
        break
      }
    }

    url = canonical ?? meta["og:url"] ?? jsonLD.url
    if let declared = jsonLD.language.flatMap(Language.init(tag:))
      ?? meta["og:locale"].flatMap(Language.init(tag:))
    {
      language = language ?? declared
    }
  }

  /// Whether a meta tag's name or property says it holds the publication date: it speaks of
  /// publishing or a date, and not of a modification, an update, an expiry or an epoch count.
  static func namesPublicationDate(_ key: String) -> Bool {
    guard key.containsText("publish") || key.containsText("date") else { return false }
    return !["modif", "updat", "expir", "end", "epoch", "validat"].contains {
      key.containsText($0)
    }
  }

  /// Whether an attribute could mark a date or author element: a cheap test that spares most
  /// elements the split into class words.
  private static func mayMarkDateOrAuthor(_ attribute: (name: String, value: String)) -> Bool {
    switch attribute.name {
    case "rel", "itemprop": return true
    case "class", "id":
      let value = attribute.value.lowercased()
      return ["date", "publish", "posted", "timestamp", "byline", "author"].contains {
        value.containsText($0)
      }
    default: return false
    }
  }

  /// Whether the element is marked as holding the author's name; `words` are its class and id
  /// words.
  private static func isBylineElement(
    _ node: HTMLDocument.Node,
    words: some Sequence<Substring>
  ) -> Bool {
    if node.attribute("rel")?.lowercased() == "author" { return true }
    if node.attribute("itemprop")?.lowercased() == "author" { return true }
    var author = false
    for word in words {
      if word == "byline" { return true }
      if word == "bio" { return false }
      if word == "author" { author = true }
    }
    return author
  }

  /// Whether the element's class or id words say it holds the publication date.
  private static func isDateElement(_ words: some Sequence<Substring>) -> Bool {
    words.contains {
      $0 == "date" || $0 == "published" || $0 == "pubdate" || $0 == "posted"
        || $0 == "publishdate" || $0 == "timestamp"
    }
  }

  /// The date part of an ISO 8601 timestamp (`2024-05-02T01:35:00+09:00` → 2024-05-02), the
  /// date as written in the page's own zone.
  static func isoDatePrefix(_ text: String) -> PublicationDate? {
    let trimmed = text.trimmingSpaces
    guard trimmed.utf8.count >= 10 else { return nil }
    return PublicationDate(iso: String(trimmed.prefix(10)))
  }

  /// The Open Graph title when the JSON-LD headline is it plus a suffix (`Headline ：Outlet`,
  /// spaces aside), else the headline.
  static func shorterTitle(_ headline: String, _ social: String?) -> String {
    guard let social, !social.isEmpty else { return headline }
    let bare = { (text: String) in String(text.unicodeScalars.filter { !$0.isSpace }) }
    let long = bare(headline)
    let short = bare(social)
    return long.count > short.count && long.hasPrefix(short) ? social : headline
  }

  /// A page title without the site name around it (`Headline | Outlet`, `Outlet - Headline`).
  static func cleanTitle(_ title: String, outlet: String?) -> String {
    let text = TextFeatures.collapsingWhitespace(title)
    let separators = [
      " | ", " - ", " -- ", " \u{2013} ", " \u{2014} ", " : ", " :: ", " \u{00BB} ",
      "\u{FF5C}", "\u{FF1A}",
    ]
    for separator in separators {
      let parts = text.components(separatedBy: separator)
      guard parts.count >= 2 else { continue }
      if let outlet {
        let key = ArticleCues.key(outlet)
        let kept = parts.filter { ArticleCues.key($0) != key }
        if kept.count < parts.count { return kept.joined(separator: separator).trimmingSpaces }
      }
      // Without a known outlet, drop a short trailing part ("... | Le Journal").
      if let last = parts.last, TextFeatures.wordCount(last) <= 3,
        TextFeatures.wordCount(parts.dropLast().joined()) >= 3
      {
        return parts.dropLast().joined(separator: separator).trimmingSpaces
      }
    }
    return text
  }
}

/// The fields of the first JSON-LD object of a news article type found in a page.
struct JSONLDArticle {
  var headline: String?
  var datePublished: String?
  var authors: [String] = []
  var publisher: String?
  var url: String?
  var language: String?
  private var found = false

  static let articleTypes: Set<String> = [
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting", "report",
  ]

  /// Reads one `<script type="application/ld+json">` body; malformed JSON is ignored.
  mutating func merge(_ raw: String) {
    guard !found, let data = raw.trimmingSpaces.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return }
    visit(value, depth: 0)
  }

  private mutating func visit(_ value: Any, depth: Int) {
    guard !found, depth < 8 else { return }
    if let array = value as? [Any] {
      for item in array { visit(item, depth: depth + 1) }
      return
    }
    guard let object = value as? [String: Any] else { return }
    if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
    let types: [String] =
      (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
    guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else {
      if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
      return
    }
    found = true
    headline = Self.string(object["headline"]) ?? Self.string(object["name"])
    datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
    authors = Self.names(object["author"])
    publisher = Self.names(object["publisher"]).first
    url =
      Self.string(object["url"]) ?? Self.string(
        (object["mainEntityOfPage"] as? [String: Any])?["@id"]
      )
      ?? Self.string(object["mainEntityOfPage"])
    language = Self.string(object["inLanguage"])
  }

  private static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let trimmed = TextFeatures.collapsingWhitespace(text)
    return trimmed.isEmpty ? nil : trimmed
  }

  private static func names(_ value: Any?) -> [String] {
    if let text = string(value) { return [text] }
    if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
    if let array = value as? [Any] { return array.flatMap { names($0) } }
    return []
  }
}
