/// A hash index from comparison keys, as UTF-8 bytes, to chains of small integer values.
///
/// The lexicons hold about 165,000 pairs. Building `[String: [String]]` for them means half a
/// million string allocations and Unicode-aware hashing of every key, about 250 ms. This index
/// stores all keys in one byte buffer, hashes raw bytes (keys are already NFC, so equal keys
/// have equal bytes) and chains values in flat arrays, which builds in a few milliseconds.
struct KeyIndex: Sendable {
  /// Every distinct key's bytes, back to back.
  private var keyBytes = [UInt8]()
  /// Where each key starts in `keyBytes`; one more entry than there are keys.
  private var keyStarts: [Int32] = [0]
  /// Each key's hash.
  private var keyHashes = [UInt64]()
  /// Open-addressing slots: hash bits above, the key's id plus one below, `0` when empty.
  ///
  /// The count is a power of two. Keeping hash bits in the slot avoids touching the key
  /// bytes on most probes.
  private var slots: [UInt64]
  /// The first and last value of each key's chain, `-1` when none.
  private var heads = [Int32]()
  private var tails = [Int32]()
  /// Values and the next link of each chain.
  private var values = [Int32]()
  private var next = [Int32]()
  /// The longest key, in Unicode scalars.
  private(set) var maximumScalarCount = 0

  /// Creates an empty index sized for about `expectedKeys` keys.
  init(expectedKeys: Int = 64) {
    var capacity = 16
    while capacity < expectedKeys * 2 { capacity *= 2 }
    slots = [UInt64](repeating: 0, count: capacity)
  }

  /// The number of distinct keys.
  var count: Int { heads.count }

  /// Adds `value` to the chain of `key` (inserting the key when new) and returns the key's id.
  @discardableResult
  mutating func insert(_ key: ArraySlice<UInt8>, value: Int32?) -> Int32 {
    let hash = Self.hash(key)
    let id: Int32
    if let existing = find(key, hash: hash) {
      id = existing
    } else {
      if (heads.count + 1) * 2 > slots.count { grow() }
      id = Int32(heads.count)
      keyBytes.append(contentsOf: key)
      keyStarts.append(Int32(keyBytes.count))
      keyHashes.append(hash)
      heads.append(-1)
      tails.append(-1)
      place(id, hash: hash)
      var scalars = 0
      for byte in key where byte & 0xC0 != 0x80 { scalars += 1 }
      maximumScalarCount = max(maximumScalarCount, scalars)
    }
    if let value {
      let link = Int32(values.count)
      values.append(value)
      next.append(-1)
      let index = Int(id)
      if tails[index] >= 0 { next[Int(tails[index])] = link } else { heads[index] = link }
      tails[index] = link
    }
    return id
  }

  /// The id of `key`, or `nil` when absent.
  func id(of key: ArraySlice<UInt8>) -> Int32? { find(key, hash: Self.hash(key)) }

  /// The id of a key given as a string.
  func id(of key: String) -> Int32? {
    var key = key
    return key.withUTF8 { buffer in id(of: ArraySlice(buffer)) }
  }

  /// The values of a key's chain, in insertion order.
  func values(of id: Int32) -> [Int32] {
    var result = [Int32]()
    var link = heads[Int(id)]
    while link >= 0 {
      result.append(values[Int(link)])
      link = next[Int(link)]
    }
    return result
  }

  /// The key of an id, as bytes.
  func keyBytes(of id: Int32) -> ArraySlice<UInt8> {
    keyBytes[Int(keyStarts[Int(id)])..<Int(keyStarts[Int(id) + 1])]
  }

  /// The key of an id, as a string.
  func key(of id: Int32) -> String { String(decoding: keyBytes(of: id), as: UTF8.self) }

  private func find(_ key: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        if equals(id, key) { return id }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether the key of `id` has exactly the bytes of `key`.
  private func equals(_ id: Int32, _ key: ArraySlice<UInt8>) -> Bool {
    let start = Int(keyStarts[Int(id)])
    let end = Int(keyStarts[Int(id) + 1])
    guard end - start == key.count else { return false }
    var offset = key.startIndex
    for index in start..<end {
      if keyBytes[index] != key[offset] { return false }
      offset += 1
    }
    return true
  }

  private mutating func place(_ id: Int32, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(id) + 1)
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    for id in 0..<heads.count { place(Int32(id), hash: keyHashes[id]) }
  }

  /// Whether two byte slices are equal.
  static func equal(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var right = rhs.startIndex
    for byte in lhs {
      if byte != rhs[right] { return false }
      right += 1
    }
    return true
  }

  /// FNV-1a over the bytes, with a final mix so that linear probing spreads well.
  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    hash ^= hash >> 29
    hash &*= 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
