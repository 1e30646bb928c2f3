/** A frequent misspelling of administrative Vietnamese and its correct form. */
export interface Misspelling {
  wrong: string;
  right: string;
}

/**
 * A curated list, matched as whole words with the case as written (a capitalised form matches its
 * capitalised entry only). Every entry was seen in real plans; add one when a văn thư finds one.
 */
export const MISSPELLINGS: readonly Misspelling[] = [
  { wrong: 'chỉ dạo', right: 'chỉ đạo' },
  { wrong: 'Chỉ dạo', right: 'Chỉ đạo' },
  { wrong: 'chúc năng', right: 'chức năng' },
  { wrong: 'thực hỉện', right: 'thực hiện' },
  { wrong: 'hoạt đông', right: 'hoạt động' },
  { wrong: 'thế giời', right: 'thế giới' },
  { wrong: 'đường đây', right: 'đường dây' },
  { wrong: 'lòng ghép', right: 'lồng ghép' },
  { wrong: 'trường thôn', right: 'trưởng thôn' },
  { wrong: 'Việt nam', right: 'Việt Nam' },
  { wrong: 'tuyên chuyền', right: 'tuyên truyền' },
  { wrong: 'sử lý', right: 'xử lý' },
  { wrong: 'xử lí', right: 'xử lý' },
  { wrong: 'kiễm tra', right: 'kiểm tra' },
  { wrong: 'triễn khai', right: 'triển khai' },
  { wrong: 'giải quyêt', right: 'giải quyết' },
  { wrong: 'phối kết hợp', right: 'phối hợp' },
];
