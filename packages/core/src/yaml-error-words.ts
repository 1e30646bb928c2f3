/**
 * The errors of the `yaml` parser said in Vietnamese, each with the fix a clerk can make. The
 * parser's English text stays in `messageEn`; the first entry whose code (and `match`, on the
 * English message) fits is used, and the last entry fits every error.
 */
export interface YamlErrorWords {
  /** The parser's error code (`MISSING_CHAR`, `BAD_INDENT` …), or `*` for any. */
  code: string;
  /** Which of the code's situations, by the parser's English message. */
  match?: RegExp;
  /** What is wrong, in Vietnamese. */
  vi: string;
  /** How to fix it, Vietnamese then English. */
  fix: string;
}

const QUOTE_FIX = 'Nếu đây là một câu có dấu “: ”, đặt cả câu trong dấu ngoặc kép. — If this is a sentence with ": ", put it all in double quotes.';
const INDENT_FIX = 'Thụt lề bằng dấu cách cho thẳng với các dòng cùng cấp (mỗi cấp 2 dấu cách). — Indent with spaces, level with the lines of the same level.';

/** The parser's errors, in the order they are tried. */
export const YAML_ERROR_WORDS: readonly YamlErrorWords[] = [
  { code: 'MISSING_CHAR', match: /closing ["']quote/, vi: 'dấu ngoặc kép mở ở đây chưa được đóng', fix: 'Thêm dấu ngoặc đóng ở cuối đoạn văn, hoặc bỏ dấu ngoặc mở. — Close the quote.' },
  { code: 'MISSING_CHAR', match: /Implicit map keys need to be followed by map values/, vi: 'dòng này được đọc như một khóa, nhưng sau nó không có dấu “:” và giá trị', fix: `Viết “khóa: giá trị”; nếu dòng là phần tiếp của đoạn văn ở trên, thụt lề sâu hơn dòng đầu của đoạn. ${QUOTE_FIX}` },
  { code: 'MISSING_CHAR', match: /Missing , (?:or : )?between/, vi: 'trong { … } hoặc [ … ], giữa hai mục thiếu dấu phẩy', fix: 'Thêm dấu “,” giữa các mục; câu có dấu phẩy thì đặt trong ngoặc kép. — Add the comma, or quote the sentence.' },
  { code: 'MISSING_CHAR', match: /Missing space after :/, vi: 'trong { … }, sau dấu “:” thiếu dấu cách', fix: 'Viết “khóa: giá trị”, có dấu cách sau dấu hai chấm. — Put a space after the colon.' },
  { code: 'MISSING_CHAR', match: /Comments must be separated/, vi: 'dấu “#” dính liền chữ trước nó, nên không phải chú thích', fix: 'Thêm dấu cách trước “#”, hoặc đặt cả giá trị có “#” trong ngoặc kép. — Space before “#”, or quote the value.' },
  { code: 'MISSING_CHAR', match: /Sequence item without - indicator/, vi: 'một mục của danh sách thiếu dấu “- ” ở đầu', fix: 'Mở đầu mỗi mục bằng “- ”. — Start each item with “- ”.' },
  { code: 'MISSING_CHAR', vi: 'thiếu một ký tự cần thiết ở đây (dấu cách, dấu “:”, dấu “-” hoặc dấu ngoặc)', fix: 'Kiểm tra dấu cách sau “:” và “-”, và các dấu ngoặc của dòng này. — Check the spaces after “:” and “-”, and the brackets.' },
  { code: 'BAD_INDENT', match: /Flow (?:map|sequence) in block collection must be sufficiently indented and end with a/, vi: 'dấu mở “{” hoặc “[” ở trên chưa được đóng bằng “}” hoặc “]”', fix: 'Thêm dấu đóng ở cuối dòng có dấu mở. — Close the bracket on its line.' },
  { code: 'BAD_INDENT', match: /All mapping items must start at the same column/, vi: 'các khóa cùng cấp phải thẳng cột: dòng này thụt lề khác các dòng cùng cấp', fix: INDENT_FIX },
  { code: 'BAD_INDENT', match: /All sequence items must start at the same column/, vi: 'các mục “- ” của cùng một danh sách phải thẳng cột', fix: INDENT_FIX },
  { code: 'BAD_INDENT', vi: 'thụt lề sai ở dòng này', fix: INDENT_FIX },
  { code: 'MULTILINE_IMPLICIT_KEY', vi: 'một khóa phải nằm trên một dòng: dòng này được đọc như phần tiếp của một khóa', fix: QUOTE_FIX },
  { code: 'BLOCK_AS_IMPLICIT_KEY', vi: 'dấu “: ” thứ hai trên một dòng khiến phần sau được đọc như một khóa mới', fix: QUOTE_FIX },
  { code: 'BAD_DQ_ESCAPE', vi: 'trong ngoặc kép, dấu “\\” mở đầu một ký tự đặc biệt không có', fix: 'Viết “\\\\” cho một dấu gạch chéo ngược, hoặc dùng ngoặc đơn ‘…’. — Write \\\\ or use single quotes.' },
  { code: 'BAD_SCALAR_START', vi: 'giá trị không được mở đầu bằng ký tự này (“%”, “@”, “`”, “|”, “>” …)', fix: 'Đặt giá trị trong dấu ngoặc kép. — Quote the value.' },
  { code: 'UNEXPECTED_TOKEN', match: /Unexpected , in|Unexpected empty item/, vi: 'dấu phẩy thừa trong { … } hoặc [ … ]', fix: 'Bỏ dấu phẩy thừa; câu có dấu phẩy thì đặt trong ngoặc kép. — Drop the comma, or quote the sentence.' },
  { code: 'UNEXPECTED_TOKEN', vi: 'ký tự không đúng chỗ', fix: 'Kiểm tra dấu ngoặc, dấu phẩy và dấu hai chấm; giá trị có ký tự đặc biệt thì đặt trong ngoặc kép. — Check brackets, commas and colons.' },
  { code: 'BLOCK_IN_FLOW', vi: 'trong { … } hoặc [ … ] có một mục viết như khóa xuống dòng hay “- ” (thường là thiếu dấu phẩy giữa hai mục, hoặc một câu có dấu “: ”)', fix: 'Thêm dấu “,” giữa các mục; câu có dấu “: ” thì đặt trong ngoặc kép; hoặc bỏ ngoặc và viết mỗi khóa một dòng. — Add the comma, quote the sentence, or use block style.' },
  { code: 'KEY_OVER_1024_CHARS', vi: 'khóa dài quá 1024 ký tự trước dấu “:” (có lẽ là một đoạn văn có dấu “: ”)', fix: QUOTE_FIX },
  { code: 'BAD_ALIAS', match: /Unresolved alias/, vi: 'tham chiếu “*…” không trỏ tới dấu neo “&…” nào ở phía trên', fix: 'Nếu là chữ (ví dụ “*Ghi chú”), đặt giá trị trong ngoặc kép. — If it is text, quote it.' },
  { code: 'BAD_ALIAS', vi: 'dấu “&” hoặc “*” mở đầu một tham chiếu YAML viết sai', fix: 'Nếu là chữ, đặt giá trị trong ngoặc kép. — Quote the value.' },
  { code: 'ALIAS_PROPS', vi: 'một tham chiếu “*” không được kèm “&” hay “!”', fix: 'Nếu là chữ, đặt giá trị trong ngoặc kép. — Quote the value.' },
  { code: 'MULTIPLE_ANCHORS', vi: 'một giá trị có hai dấu neo “&”', fix: 'Nếu là chữ, đặt giá trị trong ngoặc kép. — Quote the value.' },
  { code: 'BAD_PROP_ORDER', vi: 'dấu “&” hoặc “!” đặt sai chỗ', fix: 'Nếu là chữ, đặt giá trị trong ngoặc kép. — Quote the value.' },
  { code: 'MULTIPLE_TAGS', vi: 'một giá trị có hai thẻ kiểu “!”', fix: 'Đặt giá trị có “!” trong ngoặc kép. — Quote the value.' },
  { code: 'TAG_RESOLVE_FAILED', vi: 'dấu “!” mở đầu một thẻ kiểu YAML không dùng được ở đây', fix: 'Đặt giá trị có “!” trong ngoặc kép. — Quote the value.' },
  { code: 'BAD_COLLECTION_TYPE', vi: 'thẻ kiểu “!” không hợp với giá trị này', fix: 'Bỏ thẻ “!…”, hoặc đặt giá trị trong ngoặc kép. — Drop the tag, or quote the value.' },
  { code: 'NON_STRING_KEY', vi: 'khóa phải là chữ, không phải danh sách hay bảng', fix: 'Viết khóa là một từ; câu thì đặt trong ngoặc kép. — A key is a word.' },
  { code: 'BAD_DIRECTIVE', vi: 'dòng bắt đầu bằng “%” là một chỉ thị YAML không hợp lệ', fix: 'Bỏ dòng này, hoặc đặt giá trị trong ngoặc kép. — Drop the line, or quote the value.' },
  { code: '*', vi: 'tệp không đọc được như YAML ở chỗ này', fix: 'Kiểm tra thụt lề (dấu cách), dấu ngoặc và dấu hai chấm ở dòng này và dòng trên. — Check indentation, brackets and colons here and above.' },
];

/** The Vietnamese words and fix of one parser error. */
export function yamlErrorWords(code: string, message: string): YamlErrorWords {
  return YAML_ERROR_WORDS.find((w) => (w.code === code || w.code === '*') && (!w.match || w.match.test(message)))!;
}
