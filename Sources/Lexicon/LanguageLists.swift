import TextCore

/// The per-language word lists of one language (`dictionaries/<lang>/`): hedges, reporting
/// verbs, relative dates, calendar words, titles and honorifics, unit names, indefinite
/// articles and irregular forms, all keyed by comparison key.
public struct LanguageLists: Sendable {
  /// Where a word stands relative to what it modifies.
  public enum Position: String, Sendable, Hashable, CaseIterable {
    /// Before the number or name (`about 2`, `President Macron`).
    case before
    /// After it (`2 or more`, `マクロン大統領`).
    case after
  }

  /// A hedge on a quantity (`about`, `plus de`, `約`).
  public struct Hedge: Sendable, Hashable {
    /// The qualifier id: `approximate`, `more-than`, `less-than`, `at-least`, `at-most`,
    /// `up-to` or `nearly`.
    public let qualifier: String
    /// Whether the hedge comes before or after the number.
    public let position: Position
  }

  /// A verb or phrase that reports speech (`said`, `a déclaré`, `述べた`, `according to`).
  public struct ReportingVerb: Sendable, Hashable {
    /// The concept id shared by all languages (`say`, `announce`).
    public let concept: String
    /// Whether this is a source phrase (`according to`, `selon`, `によると`) rather than a verb.
    public let isSource: Bool
  }

  /// A relative date expression (`yesterday`, `la semaine dernière`, `昨年`).
  public struct RelativeDate: Sendable, Hashable {
    /// The calendar unit the offset counts.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
      /// Days.
      case day
      /// Weeks.
      case week
      /// Months.
      case month
      /// Years.
      case year
    }
    /// The unit the offset counts.
    public let unit: Unit
    /// How many units from the anchor (`-1` for yesterday).
    public let offset: Int
    /// Whether the anchor is the publication date (`true`) or the date in context
    /// (`the next day`, `翌日`).
    public let isFromPublication: Bool
  }

  /// A calendar word: a month, a weekday or a Japanese era.
  public struct CalendarWord: Sendable, Hashable {
    /// What the word names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
      /// A month; the value is 1 to 12.
      case month
      /// A weekday; the value is ISO 1 (Monday) to 7 (Sunday).
      case weekday
      /// A Japanese era; the value is the Gregorian year of its first year.
      case era
    }
    /// What the word names.
    public let kind: Kind
    /// The month, weekday or first year.
    public let value: Int
    /// Whether the word is an abbreviation (`Thu`, `jeu.`, `木`).
    public let isAbbreviated: Bool
  }

  /// A title or honorific that goes with a name (`President`, `M.`, `首相`, `氏`).
  public struct Title: Sendable, Hashable {
    /// The concept id shared by all languages (`prime-minister`).
    public let concept: String
    /// Whether this is an honorific (`Mr.`, `氏`) rather than a title.
    public let isHonorific: Bool
    /// Whether it comes before or after the name.
    public let position: Position
  }

  /// A unit or counter after a number, or a currency sign before it.
  public struct UnitName: Sendable, Hashable {
    /// The unit as one English word shared by all languages (`year`, `person`, `km`).
    public let unit: String
    /// Whether it comes before or after the number (`$5`, `5 years`).
    public let position: Position
  }

  /// A word that qualifies a time of day (`p.m.`, `午後`, `Japan Time`, `日本時間`).
  public enum TimeWord: Sendable, Hashable {
    /// The half of the day: `true` for the afternoon (`p.m.`, `午後`).
    case meridiem(isAfternoon: Bool)
    /// The zone the time is given in: an offset such as `+09:00`, or `nil` for local time.
    case zone(offset: String?)
  }

  /// A rule that turns the stem of an inflected Japanese verb or adjective back into its
  /// dictionary form (`試せ` → `試す`, `行わ` → `行う`, `増え` → `増える`, `高か` → `高い`).
  public struct Deinflection: Sendable, Hashable {
    /// The kind of word a rule applies to.
    public enum WordClass: String, Sendable, Hashable, CaseIterable {
      /// A five-row verb (`試す`, `行う`).
      case godanVerb = "godan-verb"
      /// A one-row verb (`増える`, `述べる`).
      case ichidanVerb = "ichidan-verb"
      /// An adjective ending in `い` (`高い`).
      case iAdjective = "i-adjective"
      /// A verb made of a noun and `する` (`関する`, `達する`).
      case suruVerb = "suru-verb"
    }
    /// The ending of the inflected stem, as a key (`せ`).
    public let inflected: String
    /// The ending of the dictionary form that replaces it, as a key (`す`).
    public let dictionary: String
    /// The kind of word the rule applies to.
    public let wordClass: WordClass
  }

  /// The language the lists belong to.
  public let language: Language
  /// Hedges by key.
  public let hedges: PhraseTable<Hedge>
  /// Reporting verbs and source phrases by key.
  public let reportingVerbs: PhraseTable<ReportingVerb>
  /// Relative date expressions by key.
  public let relativeDates: PhraseTable<RelativeDate>
  /// Months, weekdays and eras by key.
  public let calendar: PhraseTable<CalendarWord>
  /// Titles and honorifics by key.
  public let titles: PhraseTable<Title>
  /// Units, counters and currency signs by key.
  public let unitNames: PhraseTable<UnitName>
  /// Indefinite articles that mean one before a unit (`a year`, `an hour`), by key.
  public let indefiniteArticles: Set<String>
  /// Meridiem and time-zone words by key.
  public let timeWords: PhraseTable<TimeWord>
  /// Stop words (`stopwords.txt`, shared with TextCore's profile), as keys.
  public let stopWords: Set<String>
  /// Deinflection rules by inflected ending, in file order (`deinflection.tsv`; empty for
  /// languages without rules).
  public let deinflections: [String: [Deinflection]]
  /// The longest inflected ending of `deinflections`, in Unicode scalars.
  public let maximumInflectedLength: Int
  /// The lemmas of irregular inflected forms by key, in file order (`went` → `go`).
  ///
  /// From `irregular-forms.tsv`, built from WordNet for English (`better` → `good`, `well`)
  /// and from Grammalecte's hunspell dictionary for French (`prit` → `prendre`); empty for a
  /// language without forms or a folder without the file.
  public let irregularForms: InflectedForms
  /// Endings of this language's words and the English endings of their cognates, in file order
  /// (`cognate-endings.tsv`: `aire` → `ary`; `("", "")` keeps the word); empty for a language
  /// without them or a folder without the file.
  public let cognateEndings: [(ending: String, english: String)]

  /// The English words a word may be a cognate of, most likely first.
  ///
  /// For a key of five letters or more (`judiciaires`), without its plural `s` or `x` and then
  /// with it, each ending of `cognateEndings` it has is replaced by its English ending, leaving
  /// three letters or more before it (`judiciary`). The words are guesses; a caller keeps only
  /// those its English lexicon knows.
  public func cognates(of key: String) -> [String] {
    guard !cognateEndings.isEmpty, key.count >= 5 else { return [] }
    var bases = [key]
    if key.hasSuffix("s") || key.hasSuffix("x") { bases.insert(String(key.dropLast()), at: 0) }
    var words = [String]()
    for (ending, english) in cognateEndings {
      for base in bases where base.hasSuffix(ending) && base.count - ending.count >= 3 {
        let word = String(base.dropLast(ending.count)) + english
        if !words.contains(word) { words.append(word) }
      }
    }
    return words
  }

  /// Possible dictionary forms of a key that ends with an inflected stem, in rule order:
  /// longer inflected endings first (`試せ` → `試す`; `開け` → `開ける`, then `開く`).
  ///
  /// The forms are guesses; a caller keeps only those its lexicon knows. A rule never rewrites
  /// the whole key: the stem before the ending is never empty.
  public func dictionaryForms(of key: String) -> [String] {
    guard !deinflections.isEmpty else { return [] }
    let scalars = Array(key.unicodeScalars)
    var forms = [String]()
    for length in stride(from: min(maximumInflectedLength, scalars.count - 1), through: 1, by: -1) {
      var ending = String.UnicodeScalarView()
      ending.append(contentsOf: scalars[(scalars.count - length)...])
      guard let rules = deinflections[String(ending)] else { continue }
      var stem = String.UnicodeScalarView()
      stem.append(contentsOf: scalars[..<(scalars.count - length)])
      for rule in rules { forms.append(String(stem) + rule.dictionary) }
    }
    return forms
  }

  /// The file names every language folder has for these lists.
  static let fileNames = [
    "hedges.tsv", "reporting-verbs.tsv", "relative-dates.tsv", "calendar.tsv",
    "honorifics-and-titles.tsv", "unit-names.tsv", "indefinite-articles.txt", "time-words.tsv",
    "deinflection.tsv",
  ]

  /// Loads the lists of `language`.
  ///
  /// - Throws: `LexiconError` naming the file and line of a missing file or malformed line.
  static func load(
    _ language: Language,
    from source: any DictionarySource
  ) throws(LexiconError)
    -> LanguageLists
  {
    let folder = language.rawValue
    func position(
      _ field: String,
      _ file: TableFile,
      _ line: Int
    ) throws(LexiconError)
      -> Position
    {
      guard let position = Position(rawValue: field) else {
        throw file.error(line: line, "position must be before or after, not '\(field)'")
      }
      return position
    }

    let hedgeFile = try TableFile.load("\(folder)/hedges.tsv", from: source)
    let qualifiers: Set = [
      "approximate", "more-than", "less-than", "at-least", "at-most", "up-to", "nearly",
    ]
    var hedges = [String: Hedge]()
    try hedgeFile.forEachRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      guard qualifiers.contains(fields[1]) else {
        throw hedgeFile.error(line: line, "unknown qualifier '\(fields[1])'")
      }
      hedges[try hedgeFile.key(fields[0], line: line)] = Hedge(
        qualifier: fields[1],
        position: try position(fields[2], hedgeFile, line)
      )
    }

    let verbFile = try TableFile.load("\(folder)/reporting-verbs.tsv", from: source)
    var verbs = [String: ReportingVerb]()
    try verbFile.forEachRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      guard fields[2] == "verb" || fields[2] == "source" else {
        throw verbFile.error(line: line, "kind must be verb or source, not '\(fields[2])'")
      }
      verbs[try verbFile.key(fields[0], line: line)] = ReportingVerb(
        concept: fields[1],
        isSource: fields[2] == "source"
      )
    }

    let relativeFile = try TableFile.load("\(folder)/relative-dates.tsv", from: source)
    var relative = [String: RelativeDate]()
    try relativeFile.forEachRecord(fieldCount: 4...4) { fields, line throws(LexiconError) in
      guard let unit = RelativeDate.Unit(rawValue: fields[1]) else {
        throw relativeFile.error(line: line, "unit must be day, week, month or year")
      }
      guard let offset = Int(fields[2].hasPrefix("+") ? String(fields[2].dropFirst()) : fields[2])
      else {
        throw relativeFile.error(line: line, "offset must be a whole number, not '\(fields[2])'")
      }
      guard fields[3] == "published" || fields[3] == "context" else {
        throw relativeFile.error(line: line, "anchor must be published or context")
      }
      relative[try relativeFile.key(fields[0], line: line)] = RelativeDate(
        unit: unit,
        offset: offset,
        isFromPublication: fields[3] == "published"
      )
    }

    let calendarFile = try TableFile.load("\(folder)/calendar.tsv", from: source)
    var calendar = [String: CalendarWord]()
    try calendarFile.forEachRecord(fieldCount: 4...4) { fields, line throws(LexiconError) in
      guard let kind = CalendarWord.Kind(rawValue: fields[1]) else {
        throw calendarFile.error(line: line, "kind must be month, weekday or era")
      }
      let range: ClosedRange<Int> =
        switch kind {
        case .month: 1...12
        case .weekday: 1...7
        case .era: 600...2999
        }
      guard let value = Int(fields[2]), range.contains(value) else {
        throw calendarFile.error(line: line, "'\(fields[2])' is not a valid \(kind.rawValue)")
      }
      calendar[try calendarFile.key(fields[0], line: line)] = CalendarWord(
        kind: kind,
        value: value,
        isAbbreviated: fields[3] == "cldr-abbreviated"
      )
    }

    let titleFile = try TableFile.load("\(folder)/honorifics-and-titles.tsv", from: source)
    var titles = [String: Title]()
    try titleFile.forEachRecord(fieldCount: 4...4) { fields, line throws(LexiconError) in
      guard fields[2] == "title" || fields[2] == "honorific" else {
        throw titleFile.error(line: line, "kind must be title or honorific")
      }
      titles[try titleFile.key(fields[0], line: line)] = Title(
        concept: fields[1],
        isHonorific: fields[2] == "honorific",
        position: try position(fields[3], titleFile, line)
      )
    }

    let unitFile = try TableFile.load("\(folder)/unit-names.tsv", from: source)
    var units = [String: UnitName]()
    try unitFile.forEachRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      units[try unitFile.key(fields[0], line: line)] = UnitName(
        unit: fields[1],
        position: try position(fields[2], unitFile, line)
      )
    }

    let articleFile = try TableFile.load("\(folder)/indefinite-articles.txt", from: source)
    var articles = Set<String>()
    try articleFile.forEachRecord(fieldCount: 1...1) { fields, line throws(LexiconError) in
      articles.insert(try articleFile.key(fields[0], line: line))
    }

    let timeFile = try TableFile.load("\(folder)/time-words.tsv", from: source)
    var timeWords = [String: TimeWord]()
    try timeFile.forEachRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      let word: TimeWord
      switch (fields[1], fields[2]) {
      case ("meridiem", "am"): word = .meridiem(isAfternoon: false)
      case ("meridiem", "pm"): word = .meridiem(isAfternoon: true)
      case ("zone", "local"): word = .zone(offset: nil)
      case ("zone", let offset) where Self.isOffset(offset): word = .zone(offset: offset)
      default:
        throw timeFile.error(
          line: line,
          "expected meridiem am/pm or zone local/+HH:MM, found '\(fields[1])' '\(fields[2])'"
        )
      }
      timeWords[try timeFile.key(fields[0], line: line)] = word
    }

    let stopFile = try TableFile.load("\(folder)/stopwords.txt", from: source)
    var stopWords = Set<String>()
    try stopFile.forEachRecord(fieldCount: 1...1) { fields, line throws(LexiconError) in
      stopWords.insert(try stopFile.key(fields[0], line: line))
    }

    let deinflectionFile = try TableFile.load("\(folder)/deinflection.tsv", from: source)
    var deinflections = [String: [Deinflection]]()
    var maximumInflectedLength = 0
    try deinflectionFile.forEachRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      guard let wordClass = Deinflection.WordClass(rawValue: fields[2]) else {
        throw deinflectionFile.error(
          line: line,
          "class must be godan-verb, ichidan-verb, i-adjective or suru-verb, not '\(fields[2])'"
        )
      }
      let inflected = try deinflectionFile.key(fields[0], line: line)
      deinflections[inflected, default: []].append(
        Deinflection(
          inflected: inflected,
          dictionary: try deinflectionFile.key(fields[1], line: line),
          wordClass: wordClass
        )
      )
      maximumInflectedLength = max(maximumInflectedLength, inflected.unicodeScalars.count)
    }

    // English and French have the file; a folder given with `--dictionaries` may predate it.
    let irregularFile = try TableFile.load(
      "\(folder)/irregular-forms.tsv",
      from: source,
      required: false
    )
    let irregularForms = try InflectedForms.load(irregularFile)

    let cognateFile = try TableFile.load(
      "\(folder)/cognate-endings.tsv",
      from: source,
      required: false
    )
    var cognateEndings = [(ending: String, english: String)]()
    try cognateFile.forEachRecord(fieldCount: 2...2) { fields, line throws(LexiconError) in
      func ending(_ field: String) throws(LexiconError) -> String {
        field == "0" ? "" : try cognateFile.key(field, line: line)
      }
      cognateEndings.append((try ending(fields[0]), try ending(fields[1])))
    }

    return LanguageLists(
      language: language,
      hedges: PhraseTable(hedges),
      reportingVerbs: PhraseTable(verbs),
      relativeDates: PhraseTable(relative),
      calendar: PhraseTable(calendar),
      titles: PhraseTable(titles),
      unitNames: PhraseTable(units),
      indefiniteArticles: articles,
      timeWords: PhraseTable(timeWords),
      stopWords: stopWords,
      deinflections: deinflections,
      maximumInflectedLength: maximumInflectedLength,
      irregularForms: irregularForms,
      cognateEndings: cognateEndings
    )
  }

  /// Whether `text` is a UTC offset written `+HH:MM` or `-HH:MM`.
  static func isOffset(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
      bytes[3] == UInt8(ascii: ":")
    else { return false }
    return [1, 2, 4, 5].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
  }
}
