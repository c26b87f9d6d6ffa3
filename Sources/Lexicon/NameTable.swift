import TextCore

/// The multilingual name table (gazetteer): every name, alias and short form of the entities
/// in `dictionaries/names/gazetteer-*.tsv`, by comparison key.
///
/// A name may belong to several entities (`菅` is Naoto Kan and Yoshihide Suga); every
/// candidate is kept, in file order.
public struct NameTable: Sendable {
  /// What kind of thing an entity is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person.
    case person
    /// A country, region, city or other place.
    case place
    /// An organisation, institution or armed force.
    case organisation
    /// Anything else with a name.
    case other
  }

  /// How a name relates to its entity.
  public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
    /// The display name in its language.
    case name
    /// Another name of the entity.
    case alias
    /// A surname or bare form that is ambiguous alone (`Macron`, `岸田`).
    case short
    /// A one-character Japanese country abbreviation, valid only inside compounds (`日仏`).
    case abbreviation
  }

  /// One entity: its canonical English name and its kind.
  public struct Entity: Sendable, Hashable {
    /// One English name, shared by every language (`Emmanuel Macron`).
    public let canonical: String
    /// What kind of thing the entity is.
    public let kind: Kind

    /// Creates an entity.
    public init(canonical: String, kind: Kind) {
      self.canonical = canonical
      self.kind = kind
    }
  }

  /// One name of an entity as the table gives it.
  public struct Name: Sendable, Hashable {
    /// The entity named.
    public let entity: Entity
    /// The language of the name.
    public let language: Language
    /// The name as written in the table.
    public let written: String
    /// How the name relates to the entity.
    public let form: Form

    /// Whether the name begins with an upper-case letter, so that a match in text should too
    /// (`Turkey` the country, not `turkey` the bird).
    public var isCapitalized: Bool {
      guard let first = written.unicodeScalars.first else { return false }
      return first.properties.isUppercase
    }
  }

  /// The entities in file order.
  public let entities: [Entity]
  /// Names by comparison key.
  let namesByKey: [UTF8Key: [Name]]
  /// Entities by the key of their canonical name.
  let entitiesByCanonicalKey: [String: Entity]
  /// The longest key, in Unicode scalars, so longest-match scans know when to stop.
  public let maximumKeyLength: Int
  /// Every prefix (one scalar or more, the whole key included) of the keys that start with a
  /// kana or kanji, for `kanaKanjiPrefixLength(of:)`.
  let kanaKanjiPrefixes: Set<UTF8Key>

  /// How long a run of kana and kanji at the start of `scalars` can get while still starting
  /// some key: no key starts with a longer run, so a scan for keys at that position need not try
  /// longer spans whose next scalar is also kana or kanji.
  ///
  /// Returns `nil` when the first scalar is not kana or kanji, or when the run reaches the end of
  /// `scalars` or a scalar that is not kana or kanji while still a prefix (the scan then has no
  /// limit from here).
  public func kanaKanjiPrefixLength(of scalars: some Collection<Unicode.Scalar>) -> Int? {
    var prefix = String.UnicodeScalarView()
    var length = 0
    for scalar in scalars {
      guard LookupKey.isIdentity(scalar.value) else { return nil }
      prefix.append(scalar)
      if !kanaKanjiPrefixes.contains(UTF8Key(String(prefix))) { return length }
      length += 1
    }
    return nil
  }

  /// The names whose comparison key is `key`, in file order.
  public func names(forKey key: String) -> [Name] { namesByKey[UTF8Key(key)] ?? [] }

  /// The entity whose canonical name has the comparison key `key`.
  public func entity(canonicalKey key: String) -> Entity? { entitiesByCanonicalKey[key] }

  /// Every name in `language` with its key, for fuzzy matching; sorted by key.
  public func names(in languages: Set<Language>) -> [(key: String, name: Name)] {
    var result = [(key: String, name: Name)]()
    for (key, names) in namesByKey {
      for name in names where languages.contains(name.language) {
        result.append((key.string, name))
      }
    }
    return result.sorted {
      ($0.key, $0.name.entity.canonical, $0.name.language.rawValue)
        < ($1.key, $1.name.entity.canonical, $1.name.language.rawValue)
    }
  }

  /// Loads and merges the name tables at `paths` (`canonical<TAB>kind<TAB>lang<TAB>name<TAB>form`).
  ///
  /// - Throws: `LexiconError` naming the file and line of a missing file or malformed line.
  static func load(
    _ paths: [String],
    from source: any DictionarySource
  ) throws(LexiconError)
    -> NameTable
  {
    var entities = [Entity]()
    var entitiesByCanonical = [String: Entity]()
    var entitiesByCanonicalKey = [String: Entity]()
    var namesByKey = [UTF8Key: [Name]]()
    var maximumKeyLength = 0
    for path in paths {
      let file = try TableFile.load(path, from: source)
      try file.forEachRecord(fieldCount: 5...5) { fields, line throws(LexiconError) in
        guard let kind = Kind(rawValue: fields[1]) else {
          throw file.error(
            line: line,
            "kind must be person, place, organisation or other, not '\(fields[1])'"
          )
        }
        guard let language = Language(rawValue: fields[2]) else {
          throw file.error(line: line, "language must be en, fr or ja, not '\(fields[2])'")
        }
        guard let form = Form(rawValue: fields[4]) else {
          throw file.error(
            line: line,
            "form must be name, alias, short or abbreviation, not '\(fields[4])'"
          )
        }
        let entity: Entity
        if let known = entitiesByCanonical[fields[0]] {
          entity = known
        } else {
          entity = Entity(canonical: fields[0], kind: kind)
          entitiesByCanonical[fields[0]] = entity
          entitiesByCanonicalKey[try file.key(fields[0], line: line)] = entity
          entities.append(entity)
        }
        let key = try file.key(fields[3], line: line)
        let name = Name(entity: entity, language: language, written: fields[3], form: form)
        if !(namesByKey[UTF8Key(key)]?.contains(name) ?? false) {
          namesByKey[UTF8Key(key), default: []].append(name)
        }
        maximumKeyLength = max(maximumKeyLength, key.unicodeScalars.count)
      }
    }
    // The canonical name is always a name of its entity, even when its row was held out.
    for entity in entities {
      guard let key = LookupKey.makeIfPossible(entity.canonical) else { continue }
      if !(namesByKey[UTF8Key(key)]?.contains(where: { $0.entity == entity }) ?? false) {
        namesByKey[UTF8Key(key), default: []].append(
          Name(entity: entity, language: .english, written: entity.canonical, form: .name)
        )
        maximumKeyLength = max(maximumKeyLength, key.unicodeScalars.count)
      }
    }
    var kanaKanjiPrefixes = Set<UTF8Key>()
    for key in namesByKey.keys {
      guard let first = key.string.unicodeScalars.first, LookupKey.isIdentity(first.value)
      else { continue }
      var prefix = String.UnicodeScalarView()
      for scalar in key.string.unicodeScalars {
        prefix.append(scalar)
        kanaKanjiPrefixes.insert(UTF8Key(String(prefix)))
      }
    }
    return NameTable(
      entities: entities,
      namesByKey: namesByKey,
      entitiesByCanonicalKey: entitiesByCanonicalKey,
      maximumKeyLength: maximumKeyLength,
      kanaKanjiPrefixes: kanaKanjiPrefixes
    )
  }
}

/// A comparison key that hashes and compares as its UTF-8 bytes.
///
/// Keys are NFC, so equal keys have equal bytes; Swift's own `String` hashing and equality
/// normalize every non-ASCII string first, which made the name look-ups of claim extraction
/// (every span of every Japanese sentence) a tenth of its time.
struct UTF8Key: Hashable, Sendable {
  /// The key.
  let string: String

  init(_ string: String) {
    var string = string
    string.makeContiguousUTF8()
    self.string = string
  }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    var left = lhs.string
    var right = rhs.string
    return left.withUTF8 { a in right.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
  }
}
