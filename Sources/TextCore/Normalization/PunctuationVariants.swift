/// How quote and dash variants are unified in display forms and in keys.
///
/// These are typographic choices, not Unicode properties, so they are written out here: NFC and
/// NFKC keep `‐` (U+2010) and `-` apart, and we want readers and comparisons to see one hyphen.
enum PunctuationVariants {
  /// The display form of a scalar: rare quote and dash variants mapped to common ones.
  static func displayForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2010, 0x2011: "-"  // hyphen, non-breaking hyphen
    case 0x2015: "\u{2014}"  // horizontal bar as em dash
    case 0x201B: "\u{2019}"  // reversed-9 quotation mark
    case 0x201F: "\u{201D}"  // double reversed-9 quotation mark
    default: scalar
    }
  }

  /// The key form of a scalar: every apostrophe or single quote becomes `'`, every double quote
  /// `"`, every dash and minus `-`.
  static func keyForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63: "-"
    default: scalar
    }
  }
}
