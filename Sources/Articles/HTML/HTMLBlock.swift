/// A run of text in an HTML page that reads as one paragraph, heading or list item.
struct HTMLBlock {
  /// The text, white space collapsed.
  var text: String
  /// The block-level element that holds the run (`p`, `li`, `h2`, or a `div` with bare text).
  var owner: Int
  /// The role the run plays.
  var kind: Paragraph.Kind
  /// The UTF-8 range from the run's first to its last character in the markup.
  var utf8Range: Range<Int>
  /// The weighted length of the text (see `TextFeatures.weightedLength`).
  var weightedLength: Int
  /// The weighted length of the text inside links.
  var linkLength: Int

  /// The share of the text that is link text, 0...1.
  var linkDensity: Double { weightedLength == 0 ? 0 : Double(linkLength) / Double(weightedLength) }
}

/// Tag and attribute cues for HTML: which elements hold page furniture, which hold the story.
enum HTMLCues {
  /// Elements whose whole subtree is never article text.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "button", "select", "input", "textarea", "nav", "aside", "footer", "header", "figure",
    "figcaption", "menu", "dialog", "head", "title", "meta", "link", "video", "audio", "map",
  ]

  /// Elements that start a new block of text.
  static let blockTags: Set<String> = [
    "#root", "html", "body", "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
    "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "address", "center", "hr", "form", "fieldset", "details",
    "summary", "figure", "header", "footer", "nav", "aside", "legend", "hgroup", "option",
  ]

  /// ARIA roles of page furniture.
  static let droppedRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar",
  ]

  /// Words in `class` or `id` values (split on `-` and `_`) that mark page furniture.
  static let negativeWords: Set<String> = [
    "comment", "comments", "commentaires", "disqus", "share", "sharing", "sharebar", "social",
    "related", "recommend", "recommended", "recommendations", "trending", "popular", "mostread",
    "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr",
    "banner", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored", "promo",
    "sidebar", "widget", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
    "footer", "masthead", "header", "login", "signup", "register", "modal", "popup", "caption",
    "credit", "credits", "tags", "toolbar", "pagination", "pager", "byline", "author", "meta",
    "skip", "hidden", "outbrain", "taboola", "teaser", "teasers", "readmore", "print",
    "rss", "follow", "reactions", "dateline", "timestamp", "date", "infobox", "navbox", "license",
    "licence", "copyright", "catlinks", "pagetop", "utility", "photo", "thumb", "thumbcaption",
  ]

  /// Words in `class` or `id` values that mark a comment section.
  static let commentWords: Set<String> = [
    "comment", "comments", "commentaires", "disqus", "reply", "replies", "respond",
  ]

  /// Whether the element's class or id names it a comment section.
  static func isCommentSection(_ node: HTMLDocument.Node) -> Bool {
    hasWord(node, in: commentWords)
  }

  /// Words in `class` or `id` values that mark the story's container.
  static let positiveWords: Set<String> = [
    "article", "body", "content", "entry", "hentry", "main", "post", "text", "story", "blog",
    "articlebody", "prose", "mw", "parser", "output",
  ]

  /// The words of an element's `class` and `id`: each token split on `-` and `_`.
  static func words(of node: HTMLDocument.Node) -> [[Substring]] {
    var tokens = [[Substring]]()
    for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
      let value = attribute.value.lowercased()
      for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
        tokens.append(token.split(whereSeparator: { $0 == "-" || $0 == "_" }))
      }
    }
    return tokens
  }

  /// Whether any word of the element's `class` or `id` is in `set`.
  static func hasWord(_ node: HTMLDocument.Node, in set: Set<String>) -> Bool {
    words(of: node).contains { $0.contains { set.contains(String($0)) } }
  }

  /// +1 when the class or id names the story's container, -1 when it names furniture, else 0.
  static func classWeight(_ node: HTMLDocument.Node) -> Int {
    if node.attribute("itemprop")?.lowercased() == "articlebody" { return 2 }
    let tokens = words(of: node)
    var weight = 0
    for parts in tokens {
      if parts.contains(where: { negativeWords.contains(String($0)) }) {
        weight = -1
        break
      }
      if parts.contains(where: { positiveWords.contains(String($0)) }) { weight = 1 }
    }
    return weight
  }
}
