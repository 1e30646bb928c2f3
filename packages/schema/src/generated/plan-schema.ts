// Generated from schemas/plan.schema.json by packages/schema/scripts/gen-schema-module.mjs — do not edit.
/** The JSON Schema (draft 2020-12) of schemas/plan.schema.json. */
export const planSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/plan.schema.json",
  "title": "Kế hoạch hành chính (Vietnamese administrative plan)",
  "description": "Dữ liệu có cấu trúc của một Kế hoạch (hoặc công văn giao nhiệm vụ) theo Nghị định 30/2020/NĐ-CP, phiên bản 2: thân văn bản là danh sách các mục (có thể nhóm trong PHẦN), mỗi mục gồm các khối (đoạn văn, khoản, khối nhiệm vụ, bảng). Số thứ tự luôn được sinh tự động. — Structured data of a Kế hoạch (or a task-assigning công văn), version 2: the body is an ordered list of sections (optionally in parts), each of ordered blocks; numbering is always generated.",
  "markdownDescription": "Dữ liệu có cấu trúc của một Kế hoạch (hoặc công văn giao nhiệm vụ) theo Nghị định 30/2020/NĐ-CP, phiên bản 2: thân văn bản là danh sách các mục (có thể nhóm trong PHẦN), mỗi mục gồm các khối (đoạn văn, khoản, khối nhiệm vụ, bảng). Số thứ tự luôn được sinh tự động.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "issuer",
    "title",
    "agencies",
    "body"
  ],
  "properties": {
    "$schema": {
      "title": "Lược đồ (schema)",
      "description": "Đường dẫn lược đồ cho trình soạn thảo. — Schema URL for editors.",
      "markdownDescription": "Đường dẫn lược đồ cho trình soạn thảo.",
      "type": "string"
    },
    "schemaVersion": {
      "title": "Phiên bản lược đồ (schema version)",
      "description": "Phiên bản của lược đồ này: 2 (tệp phiên bản 1 vẫn đọc được và được chuyển đổi). — Version of this schema: 2 (version 1 files still load, migrated).",
      "markdownDescription": "Phiên bản của lược đồ này: 2 (tệp phiên bản 1 vẫn đọc được và được chuyển đổi).",
      "const": 2,
      "errorMessage": "Tệp theo lược đồ phiên bản 2: schemaVersion: 2 (tệp phiên bản 1 thì chạy kehoach migrate)."
    },
    "kind": {
      "title": "Loại văn bản (document kind)",
      "description": "Mã loại văn bản đã đăng ký: ke-hoach (mặc định, Mẫu 1.4), cong-van (Mẫu 1.5, có V/v và Kính gửi), quyet-dinh (Mẫu 1.3, các Điều), to-trinh (Mẫu 1.4, có Kính gửi), thong-bao (Mẫu 1.4, thông báo kết luận giao nhiệm vụ), bao-cao (Mẫu 1.4, báo cáo kết quả thực hiện); cổng thông tin có thể đăng ký thêm loại riêng. — A registered document kind: ke-hoach (default), cong-van, quyet-dinh, to-trinh, thong-bao, bao-cao; portals may register their own.",
      "markdownDescription": "Loại văn bản: `ke-hoach` (Kế hoạch, Mẫu 1.4 — mặc định), `cong-van` (công văn giao nhiệm vụ, Mẫu 1.5, có **V/v** và **Kính gửi**), `quyet-dinh` (Quyết định, Mẫu 1.3, các **Điều**), `to-trinh` (Tờ trình, Mẫu 1.4, có **Kính gửi**) `thong-bao` (Thông báo kết luận, Mẫu 1.4, giao nhiệm vụ) hoặc `bao-cao` (Báo cáo kết quả thực hiện, Mẫu 1.4). Mỗi loại là một hồ sơ (`packages/core/src/kinds/<mã>/`); loại chưa đăng ký bị báo `UNKNOWN_DOCUMENT_KIND`.",
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      "examples": [
        "ke-hoach",
        "cong-van",
        "quyet-dinh",
        "to-trinh",
        "thong-bao",
        "bao-cao"
      ],
      "default": "ke-hoach",
      "errorMessage": "Mã loại văn bản: ke-hoach (Kế hoạch), cong-van (Công văn), quyet-dinh (Quyết định), to-trinh (Tờ trình), thong-bao (Thông báo) hoặc bao-cao (Báo cáo), hoặc loại cổng thông tin đã đăng ký."
    },
    "typeLine": {
      "title": "Dòng tên loại (type line)",
      "description": "Tên loại in trên trích yếu khi khác mặc định, ví dụ “KẾ HOẠCH HÀNH ĐỘNG”. — The type line above the title when it differs from the default, e.g. “KẾ HOẠCH HÀNH ĐỘNG”.",
      "markdownDescription": "Tên loại in trên trích yếu khi khác mặc định, ví dụ “KẾ HOẠCH HÀNH ĐỘNG”.",
      "examples": [
        "KẾ HOẠCH HÀNH ĐỘNG"
      ],
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "issuer": {
      "$ref": "#/$defs/issuer"
    },
    "number": {
      "title": "Số (number)",
      "description": "Số văn bản; bỏ trống khi là dự thảo. — The document number; leave out for a draft.",
      "markdownDescription": "Số văn bản, ví dụ `15` (in “Số: 15/KH-UBND”). **Bỏ trống** khi là dự thảo.",
      "examples": [
        15
      ],
      "type": "integer",
      "minimum": 1,
      "maximum": 99999
    },
    "symbol": {
      "title": "Ký hiệu (symbol)",
      "description": "Ký hiệu sau dấu “/”; mặc định KH- + chữ viết tắt của cơ quan ban hành. — The symbol after “/”; default KH- plus the issuer's abbreviation.",
      "markdownDescription": "Ký hiệu sau dấu “/”. Mặc định `KH-` + chữ viết tắt của cơ quan ban hành (ví dụ `KH-UBND`); chỉ ghi khi khác.",
      "examples": [
        "KH-UBND",
        "KH-BCĐ"
      ],
      "type": "string",
      "pattern": "^[^\\s/]+$",
      "maxLength": 40,
      "errorMessage": "Ký hiệu sau dấu “/” không có dấu cách hay “/”, ví dụ KH-UBND."
    },
    "date": {
      "$ref": "#/$defs/date",
      "title": "Ngày ban hành (date of issue)",
      "description": "Ngày ký ban hành; bỏ trống khi là dự thảo. — Date of issue; leave out for a draft.",
      "markdownDescription": "Ngày ký ban hành, dạng `YYYY-MM-DD` **trong ngoặc kép**, ví dụ `date: \"2025-07-24\"` (in “Tuyên Quang, ngày 24 tháng 7 năm 2025”). Bỏ trống khi là dự thảo."
    },
    "draftDate": {
      "title": "Tháng, năm của dự thảo (draft month and year)",
      "description": "Dự thảo chưa có ngày: tháng và năm đã biết, in “ngày … tháng 12 năm 2025”. — A draft without a day: the month and year already known, printed “ngày … tháng 12 năm 2025”.",
      "markdownDescription": "Dự thảo chưa có ngày: tháng và năm đã biết, in “ngày … tháng 12 năm 2025”.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "year"
      ],
      "properties": {
        "year": {
          "title": "Năm (year)",
          "description": "Năm ban hành dự kiến. — Expected year.",
          "markdownDescription": "Năm ban hành dự kiến.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "month": {
          "title": "Tháng (month)",
          "description": "Tháng ban hành dự kiến. — Expected month.",
          "markdownDescription": "Tháng ban hành dự kiến.",
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        }
      }
    },
    "draft": {
      "title": "Dự thảo (draft)",
      "description": "true: in số và ngày để trống. — true: print blank number and date.",
      "markdownDescription": "true: in số và ngày để trống.",
      "default": false,
      "type": "boolean"
    },
    "marks": {
      "$ref": "#/$defs/marks"
    },
    "title": {
      "title": "Trích yếu (title)",
      "description": "Trích yếu nội dung (với công văn: nội dung V/v). — The title (for a công văn: the V/v subject).",
      "markdownDescription": "Trích yếu nội dung, in đậm dưới tên loại, ví dụ “Triển khai công tác phòng, chống mua bán người năm 2025”. Với công văn: nội dung sau **V/v**.",
      "examples": [
        "Triển khai công tác phòng, chống mua bán người năm 2025"
      ],
      "type": "string",
      "minLength": 1,
      "maxLength": 20000
    },
    "period": {
      "$ref": "#/$defs/period"
    },
    "scope": {
      "title": "Địa bàn (scope)",
      "description": "Ví dụ “trên địa bàn tỉnh Tuyên Quang”. — e.g. “trên địa bàn tỉnh Tuyên Quang”.",
      "markdownDescription": "Ví dụ “trên địa bàn tỉnh Tuyên Quang”.",
      "examples": [
        "trên địa bàn tỉnh Tuyên Quang"
      ],
      "type": "string",
      "minLength": 1,
      "maxLength": 20000
    },
    "addressees": {
      "title": "Kính gửi (addressees)",
      "description": "Công văn: danh sách Kính gửi. — For a công văn: the Kính gửi list.",
      "markdownDescription": "Công văn: danh sách Kính gửi.",
      "examples": [
        [
          "Các sở, ban, ngành tỉnh",
          "Ủy ban nhân dân các xã, phường"
        ]
      ],
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1,
        "maxLength": 20000
      },
      "minItems": 1,
      "maxItems": 50
    },
    "agencies": {
      "title": "Các cơ quan (agencies)",
      "description": "Mọi cơ quan nhắc tới trong kế hoạch, khóa là mã. — Every agency in the plan, keyed by id.",
      "markdownDescription": "Mọi cơ quan, đơn vị (và cá nhân) nhắc tới trong kế hoạch, **khai báo một lần**: khóa là mã (chữ thường không dấu, nối bằng `-`), giá trị là tên và cấp. Nhiệm vụ ghi mã trong `lead`, `support`, `requested`.\n\nVí dụ: `so-tu-phap: { name: Sở Tư pháp, level: tinh, kind: chuyen-mon }`",
      "defaultSnippets": [
        {
          "label": "Cơ quan mới",
          "markdownDescription": "Khai báo một cơ quan: mã (khóa), tên đầy đủ, cấp và loại.",
          "body": {
            "${1:ma-co-quan}": {
              "name": "${2:Tên đầy đủ của cơ quan}",
              "level": "${3|tinh,huyen,xa,trung-uong,thon|}",
              "kind": "${4|chuyen-mon,ubnd,cong-an,quan-su,mttq-doan-the,su-nghiep,nhom,khac|}"
            }
          }
        }
      ],
      "type": "object",
      "propertyNames": {
        "$ref": "#/$defs/id"
      },
      "additionalProperties": {
        "$ref": "#/$defs/agency"
      },
      "minProperties": 1,
      "maxProperties": 500
    },
    "opening": {
      "$ref": "#/$defs/opening"
    },
    "references": {
      "title": "Văn bản được dẫn (cited documents)",
      "description": "Các văn bản nêu ở bất cứ đâu trong kế hoạch (thân văn bản, phân công, thời hạn) ngoài phần căn cứ; mỗi văn bản có id để tham chiếu. — Documents cited anywhere in the plan besides the opening bases, each with an id to refer to.",
      "markdownDescription": "Các văn bản được nêu trong thân kế hoạch (ngoài phần căn cứ), mỗi văn bản có `id` để tham chiếu từ nhiệm vụ hoặc thời hạn.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/reference"
      },
      "maxItems": 200
    },
    "numbering": {
      "$ref": "#/$defs/numbering"
    },
    "body": {
      "title": "Thân văn bản (body)",
      "description": "Các mục theo thứ tự (có thể nhóm trong PHẦN). — The sections in order, optionally grouped in parts.",
      "markdownDescription": "Thân văn bản: các **mục** (I., II. …) theo thứ tự, có thể nhóm trong **PHẦN**. Mỗi mục có `title` và các khối nội dung `items`. Số thứ tự luôn được sinh tự động — không gõ số.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/bodyEntry"
      },
      "minItems": 1,
      "maxItems": 100
    },
    "signature": {
      "title": "Chữ ký (signature)",
      "description": "Một khối chữ ký, hoặc hai khối cạnh nhau (kế hoạch liên tịch). — One signature block, or two side by side (joint plans).",
      "markdownDescription": "Khối chữ ký: các dòng thẩm quyền (`authority`, ví dụ TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH), chức vụ (`titles`) và họ tên (`name`). Hai khối cạnh nhau (danh sách) cho kế hoạch liên tịch.",
      "anyOf": [
        {
          "$ref": "#/$defs/signature"
        },
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/signature"
          },
          "minItems": 1,
          "maxItems": 4
        }
      ]
    },
    "recipients": {
      "$ref": "#/$defs/recipients"
    },
    "appendices": {
      "title": "Phụ lục (appendices)",
      "description": "Các phụ lục. — Appendices.",
      "markdownDescription": "Các phụ lục kèm theo kế hoạch; dòng “(Kèm theo Kế hoạch số … ngày … của …)” được sinh tự động.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/appendix"
      },
      "maxItems": 30
    },
    "parent": {
      "$ref": "#/$defs/parentLink"
    },
    "dossier": {
      "$ref": "#/$defs/dossier"
    },
    "check": {
      "title": "Quy tắc kiểm tra nội dung (check)",
      "description": "Bật, tắt hoặc đổi mức của các quy tắc của lệnh `kehoach check` cho kế hoạch này: mã quy tắc → off | warn | error. Không ảnh hưởng văn bản in ra. — Turns the rules of `kehoach check` off, to warnings or to errors for this plan; nothing printed changes.",
      "markdownDescription": "Bật, tắt hoặc đổi mức của các quy tắc của lệnh \\`kehoach check\\` cho kế hoạch này: mã quy tắc → off | warn | error. Không ảnh hưởng văn bản in ra.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
      },
      "additionalProperties": {
        "enum": [
          "off",
          "warn",
          "error"
        ],
        "markdownEnumDescriptions": [
          "Tắt quy tắc",
          "Chỉ cảnh báo",
          "Báo lỗi (lệnh `kehoach check` trả mã lỗi)"
        ],
        "enumDescriptions": [
          "Tắt quy tắc",
          "Chỉ cảnh báo",
          "Báo lỗi (lệnh kehoach check trả mã lỗi)"
        ],
        "errorMessage": "Chọn một trong: off (Tắt quy tắc), warn (Chỉ cảnh báo), error (Báo lỗi (lệnh kehoach check trả mã lỗi))."
      },
      "examples": [
        {
          "misspelling": "error",
          "single-subitem": "off"
        }
      ]
    },
    "review": {
      "title": "Góp ý (review)",
      "description": "Góp ý chung cho cả văn bản; không in. — Review notes on the whole document; not printed.",
      "markdownDescription": "Góp ý chung cho cả văn bản (gắn vào trích yếu trong tệp so sánh); không in.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/reviewNote"
      },
      "minItems": 1,
      "maxItems": 200
    }
  },
  "$defs": {
    "text": {
      "title": "Văn bản (Text)",
      "description": "Một đoạn văn, hoặc danh sách các đoạn văn. Cho phép markdown nội dòng: **đậm**, *nghiêng*. — One paragraph, or a list of paragraphs; inline markdown (bold, italic) is allowed.",
      "markdownDescription": "Một đoạn văn, hoặc danh sách các đoạn văn. Cho phép định dạng nội dòng: `**đậm**`, `*nghiêng*`.",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 20000,
          "errorMessage": "Một đoạn văn, không để trống. Đoạn có dấu “: ” (như “Mục đích: …”) bị YAML đọc thành cặp khóa–giá trị: đặt cả đoạn trong ngoặc kép, ví dụ - \"Mục đích: …\"."
        },
        {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000,
            "errorMessage": "Một đoạn văn, không để trống. Đoạn có dấu “: ” (như “Mục đích: …”) bị YAML đọc thành cặp khóa–giá trị: đặt cả đoạn trong ngoặc kép, ví dụ - \"Mục đích: …\"."
          },
          "minItems": 1,
          "maxItems": 500
        }
      ]
    },
    "id": {
      "title": "Mã định danh (identifier)",
      "description": "Mã ổn định, chữ thường không dấu, nối bằng gạch ngang, ví dụ cong-an-tinh. — Stable id: lower-case ASCII words joined by hyphens, e.g. cong-an-tinh.",
      "markdownDescription": "Mã ổn định: chữ thường không dấu, nối bằng gạch ngang, ví dụ `cong-an-tinh`.",
      "examples": [
        "cong-an-tinh"
      ],
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 80,
      "errorMessage": "Mã: chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ cong-an-tinh."
    },
    "date": {
      "title": "Ngày (date)",
      "description": "Ngày theo định dạng YYYY-MM-DD, ví dụ 2025-07-24. — A date as YYYY-MM-DD.",
      "markdownDescription": "Ngày dạng `YYYY-MM-DD`, **đặt trong ngoặc kép**, ví dụ `\"2025-07-24\"` — để mọi công cụ YAML đều đọc là chuỗi.",
      "defaultSnippets": [
        {
          "label": "\"YYYY-MM-DD\"",
          "markdownDescription": "Một ngày, **trong ngoặc kép**.",
          "body": "\"${1:2025-07-24}\""
        }
      ],
      "type": "string",
      "format": "date",
      "errorMessage": "Ngày viết dạng năm-tháng-ngày trong dấu ngoặc kép, ví dụ \"2026-03-31\" (ngày 09/01/2026 viết là \"2026-01-09\"); phải là ngày có thật."
    },
    "agencyRefs": {
      "title": "Cơ quan (Agency references)",
      "description": "Mã một cơ quan đã khai báo trong agencies, hoặc danh sách mã. — One declared agency id, or a list of them.",
      "markdownDescription": "Mã một cơ quan đã khai báo trong `agencies`, hoặc danh sách mã, ví dụ `so-tu-phap` hoặc `[ so-noi-vu, so-tai-chinh ]`.",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
          "maxLength": 80,
          "errorMessage": "Mã của một cơ quan đã khai báo trong agencies (chữ thường không dấu, nối bằng gạch ngang, ví dụ so-tu-phap), không phải tên cơ quan; nhiều cơ quan thì viết [ so-tu-phap, cong-an-tinh ]."
        },
        {
          "title": "Danh sách mã cơ quan (list of agency ids)",
          "type": "array",
          "items": {
            "$ref": "#/$defs/id"
          },
          "minItems": 1,
          "maxItems": 100
        }
      ]
    },
    "headerBody": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "title": "Cơ quan trên tiêu đề (Header body)",
      "description": "Tên cơ quan in ở góc trái tiêu đề. — A body printed at the top left of the header.",
      "markdownDescription": "Tên cơ quan in ở góc trái tiêu đề.",
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.",
          "markdownDescription": "Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "headerLines": {
          "title": "Các dòng in trên tiêu đề (header lines)",
          "description": "Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.",
          "markdownDescription": "Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "minItems": 1,
          "maxItems": 4
        },
        "agency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan tương ứng (matching agency)",
          "description": "Mã của cơ quan này trong agencies, nếu có. — This body's id in agencies, if declared.",
          "markdownDescription": "Mã của cơ quan này trong agencies, nếu có."
        }
      }
    },
    "issuer": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "abbreviation",
        "place"
      ],
      "title": "Cơ quan ban hành (Issuer)",
      "description": "Cơ quan ban hành văn bản (ô 2 của Phụ lục I Nghị định 30/2020). — The issuing body (box 2 of Decree 30/2020, Appendix I).",
      "markdownDescription": "Cơ quan ban hành (ô 2 của Phụ lục I Nghị định 30/2020): tên đầy đủ `name`, chữ viết tắt `abbreviation` dùng trong ký hiệu, địa danh `place`; các dòng in hoa ở góc trái tiêu đề `headerLines`.",
      "examples": [
        {
          "name": "Ủy ban nhân dân tỉnh Tuyên Quang",
          "headerLines": [
            "ỦY BAN NHÂN DÂN",
            "TỈNH TUYÊN QUANG"
          ],
          "abbreviation": "UBND",
          "place": "Tuyên Quang"
        }
      ],
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.",
          "markdownDescription": "Tên cơ quan ban hành viết như trong câu, ví dụ “Ủy ban nhân dân tỉnh Tuyên Quang”.",
          "examples": [
            "Ủy ban nhân dân tỉnh Tuyên Quang"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "headerLines": {
          "title": "Các dòng in trên tiêu đề (header lines)",
          "description": "Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.",
          "markdownDescription": "Tên cơ quan in hoa ở góc trái, tách dòng như trên văn bản, ví dụ `[ ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG ]`. Bỏ trống thì in hoa tên đầy đủ.",
          "examples": [
            [
              "ỦY BAN NHÂN DÂN",
              "TỈNH TUYÊN QUANG"
            ]
          ],
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "minItems": 1,
          "maxItems": 4
        },
        "agency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan tương ứng (matching agency)",
          "description": "Mã của cơ quan này trong agencies, nếu có. — This body's id in agencies, if declared.",
          "markdownDescription": "Mã của cơ quan này trong agencies, nếu có."
        },
        "abbreviation": {
          "title": "Chữ viết tắt (abbreviation)",
          "description": "Chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND, BCĐ. — The issuer's abbreviation used in the document symbol, e.g. UBND.",
          "markdownDescription": "Chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản, ví dụ `UBND`, `BCĐ`, `SYT`.",
          "examples": [
            "UBND"
          ],
          "type": "string",
          "pattern": "^[^\\s/]+$",
          "maxLength": 40,
          "errorMessage": "Chữ viết tắt không có dấu cách hay “/”, ví dụ UBND, SYT."
        },
        "place": {
          "title": "Địa danh (place)",
          "description": "Địa danh ghi trước ngày tháng, ví dụ Tuyên Quang. — The place name printed before the date.",
          "markdownDescription": "Địa danh in trước ngày tháng, ví dụ “Tuyên Quang” (in “Tuyên Quang, ngày … tháng … năm …”).",
          "examples": [
            "Tuyên Quang"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "parent": {
          "$ref": "#/$defs/headerBody",
          "title": "Cơ quan chủ quản (parent body)",
          "description": "Cơ quan chủ quản in phía trên cơ quan ban hành (nếu có). — The parent body printed above the issuer, if any.",
          "markdownDescription": "Cơ quan chủ quản in phía trên cơ quan ban hành (nếu có)."
        },
        "authority": {
          "title": "Người, cơ quan có thẩm quyền ban hành (issuing authority)",
          "description": "Khi văn bản do người đứng đầu ban hành, ví dụ “Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng”: dùng trong dòng “(Kèm theo … của …)”. — When the document is issued by the head, e.g. the Chairman: used in the “(Kèm theo … của …)” line.",
          "markdownDescription": "Khi văn bản do người đứng đầu ban hành, ví dụ “Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng”: dùng trong dòng “(Kèm theo … của …)”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "agency": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "title": "Cơ quan (Agency)",
      "description": "Một cơ quan, đơn vị được nhắc tới trong kế hoạch; khai báo một lần, các nhiệm vụ tham chiếu bằng mã. — An agency named in the plan, declared once and referred to by id.",
      "markdownDescription": "Một cơ quan, đơn vị (hoặc cá nhân) được nhắc tới trong kế hoạch. Khai báo **một lần** trong `agencies`; các nhiệm vụ tham chiếu bằng mã.",
      "defaultSnippets": [
        {
          "label": "Cơ quan mới",
          "markdownDescription": "Tên đầy đủ, cấp và loại của cơ quan.",
          "body": {
            "name": "${1:Tên đầy đủ của cơ quan}",
            "level": "${2|tinh,huyen,xa,trung-uong,thon|}",
            "kind": "${3|chuyen-mon,ubnd,cong-an,quan-su,mttq-doan-the,su-nghiep,nhom,khac|}"
          }
        }
      ],
      "examples": [
        {
          "name": "Sở Tư pháp",
          "level": "tinh",
          "kind": "chuyen-mon"
        }
      ],
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên viết như trong văn bản, ví dụ Sở Văn hóa, Thể thao và Du lịch. — The name as written in the document.",
          "markdownDescription": "Tên đầy đủ viết như trong văn bản, ví dụ “Sở Văn hóa, Thể thao và Du lịch”. Tên có dấu phẩy thì đặt trong ngoặc kép khi viết dạng `{ … }`.",
          "examples": [
            "Sở Văn hóa, Thể thao và Du lịch"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "shortName": {
          "title": "Tên viết tắt (short name)",
          "description": "Tên ngắn dùng trong danh sách và tên tệp, ví dụ Sở VHTTDL. — A short name for lists and file names.",
          "markdownDescription": "Tên ngắn dùng trong danh sách, bảng và tên tệp, ví dụ “Sở VHTTDL”.",
          "examples": [
            "Sở VHTTDL"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "level": {
          "title": "Cấp (level)",
          "description": "Cấp hành chính: trung-uong, tinh, huyen, xa, thon; bỏ trống với cá nhân hoặc đơn vị không theo cấp. — Administrative level; leave out for a person or a body outside the levels.",
          "markdownDescription": "Cấp hành chính của cơ quan. Bỏ trống với cá nhân hoặc đơn vị không theo cấp.",
          "enum": [
            "trung-uong",
            "tinh",
            "huyen",
            "xa",
            "thon"
          ],
          "markdownEnumDescriptions": [
            "Trung ương",
            "Cấp tỉnh",
            "Cấp huyện",
            "Cấp xã",
            "Thôn, tổ dân phố"
          ],
          "enumDescriptions": [
            "Trung ương",
            "Cấp tỉnh",
            "Cấp huyện",
            "Cấp xã",
            "Thôn, tổ dân phố"
          ],
          "errorMessage": "Chọn một trong: trung-uong (Trung ương), tinh (Cấp tỉnh), huyen (Cấp huyện), xa (Cấp xã), thon (Thôn, tổ dân phố)."
        },
        "kind": {
          "title": "Loại cơ quan (kind)",
          "description": "ubnd, chuyen-mon (sở/phòng), cong-an, quan-su, mttq-doan-the, to-tung (tòa án, viện kiểm sát, thi hành án — chỉ được đề nghị), ban-chi-dao, su-nghiep, doanh-nghiep, co-quan-trung-uong, dang-hdnd, nhom (một tập hợp như “các sở, ban, ngành”), ca-nhan (một người, có role và of), truong-hoc, doan-kiem-tra, khac. — Kind of body; to-tung bodies are outside the issuer's authority and can only be requested; nhom is a collective such as “các sở, ban, ngành”; ca-nhan is a named person (with role and of).",
          "markdownDescription": "Loại cơ quan. Cơ quan tố tụng (`to-tung`) ngoài thẩm quyền của cơ quan ban hành nên chỉ được **đề nghị** (`requested`), không được giao chủ trì.",
          "enum": [
            "ubnd",
            "chuyen-mon",
            "cong-an",
            "quan-su",
            "mttq-doan-the",
            "to-tung",
            "ban-chi-dao",
            "su-nghiep",
            "doanh-nghiep",
            "co-quan-trung-uong",
            "dang-hdnd",
            "nhom",
            "khac",
            "ca-nhan",
            "truong-hoc",
            "doan-kiem-tra"
          ],
          "markdownEnumDescriptions": [
            "Ủy ban nhân dân",
            "Cơ quan chuyên môn (sở, phòng)",
            "Công an",
            "Quân sự, bộ đội biên phòng",
            "Mặt trận Tổ quốc, các đoàn thể",
            "Cơ quan tố tụng (tòa án, viện kiểm sát, thi hành án) — chỉ được đề nghị",
            "Ban chỉ đạo, hội đồng",
            "Đơn vị sự nghiệp (báo, đài, trung tâm …)",
            "Doanh nghiệp",
            "Cơ quan trung ương đóng trên địa bàn",
            "Cơ quan Đảng, Hội đồng nhân dân",
            "Một nhóm, ví dụ “các sở, ban, ngành”",
            "Loại khác",
            "Một người (có `role`, `position`, `of`)",
            "Trường học",
            "Đoàn kiểm tra"
          ],
          "enumDescriptions": [
            "Ủy ban nhân dân",
            "Cơ quan chuyên môn (sở, phòng)",
            "Công an",
            "Quân sự, bộ đội biên phòng",
            "Mặt trận Tổ quốc, các đoàn thể",
            "Cơ quan tố tụng (tòa án, viện kiểm sát, thi hành án) — chỉ được đề nghị",
            "Ban chỉ đạo, hội đồng",
            "Đơn vị sự nghiệp (báo, đài, trung tâm …)",
            "Doanh nghiệp",
            "Cơ quan trung ương đóng trên địa bàn",
            "Cơ quan Đảng, Hội đồng nhân dân",
            "Một nhóm, ví dụ “các sở, ban, ngành”",
            "Loại khác",
            "Một người (có role, position, of)",
            "Trường học",
            "Đoàn kiểm tra"
          ],
          "errorMessage": "Chọn một trong: ubnd (Ủy ban nhân dân), chuyen-mon (Cơ quan chuyên môn (sở, phòng)), cong-an (Công an), quan-su (Quân sự, bộ đội biên phòng), mttq-doan-the (Mặt trận Tổ quốc, các đoàn thể), to-tung (Cơ quan tố tụng (tòa án, viện kiểm sát, thi hành án) — chỉ được đề nghị), ban-chi-dao (Ban chỉ đạo, hội đồng), su-nghiep (Đơn vị sự nghiệp (báo, đài, trung tâm …)), doanh-nghiep (Doanh nghiệp), co-quan-trung-uong (Cơ quan trung ương đóng trên địa bàn), dang-hdnd (Cơ quan Đảng, Hội đồng nhân dân), nhom (Một nhóm, ví dụ “các sở, ban, ngành”), khac (Loại khác), ca-nhan (Một người (có role, position, of)), truong-hoc (Trường học), doan-kiem-tra (Đoàn kiểm tra)."
        },
        "aliases": {
          "title": "Tên gọi khác (aliases)",
          "description": "Các cách viết khác của tên trong văn bản, giúp kiểm tra và nhân bản. — Other spellings of the name found in the text.",
          "markdownDescription": "Các cách viết khác của tên trong văn bản, giúp kiểm tra và nhân bản.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "maxItems": 20
        },
        "role": {
          "title": "Chức danh (role)",
          "description": "Với cá nhân: chức danh, ví dụ Trưởng đoàn, Thư ký, Thành viên. — For a person: the role, e.g. Trưởng đoàn.",
          "markdownDescription": "Với cá nhân: chức danh, ví dụ Trưởng đoàn, Thư ký, Thành viên.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "position": {
          "title": "Chức vụ (position)",
          "description": "Với cá nhân: chức vụ, đơn vị công tác, ví dụ “Phó Trưởng phòng Quản lý công nghiệp”. — For a person: position and workplace.",
          "markdownDescription": "Với cá nhân: chức vụ, đơn vị công tác, ví dụ “Phó Trưởng phòng Quản lý công nghiệp”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "of": {
          "$ref": "#/$defs/id",
          "title": "Thuộc cơ quan (member of)",
          "description": "Với cá nhân: mã cơ quan người đó công tác. — For a person: the id of the agency they belong to.",
          "markdownDescription": "Với cá nhân: mã cơ quan người đó công tác."
        },
        "organId": {
          "title": "Mã định danh điện tử (organ id)",
          "description": "Mã định danh điện tử của cơ quan theo Quyết định 20/2020/QĐ-TTg, dùng trong gói tin edXML (QCVN 102:2016/BTTTT) để gửi, nhận văn bản điện tử, ví dụ 000.00.31.H46 hoặc H37.02.02. — The agency's electronic identifier (Decision 20/2020/QĐ-TTg) used as OrganId in edXML messages (QCVN 102:2016/BTTTT), e.g. 000.00.31.H46.",
          "markdownDescription": "Mã định danh điện tử của cơ quan theo Quyết định 20/2020/QĐ-TTg, dùng trong gói tin edXML (QCVN 102:2016/BTTTT) để gửi, nhận văn bản điện tử, ví dụ 000.00.31.H46 hoặc H37.02.02.",
          "type": "string",
          "pattern": "^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$",
          "maxLength": 13
        }
      }
    },
    "reference": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "title": "Văn bản căn cứ (Reference)",
      "description": "Văn bản cấp trên được triển khai hoặc viện dẫn, in theo thể thức của loại văn bản: luật (bộ luật, pháp lệnh, hiến pháp) theo tên và ngày thông qua; văn bản khác theo số, ngày, cơ quan ban hành, trích yếu. — A higher document being implemented or cited, printed in its type's own form: a law by its name and date of adoption; any other document by number, date, issuer and subject.",
      "markdownDescription": "Một văn bản được dẫn (căn cứ, văn bản cấp trên được triển khai), in theo thể thức của loại văn bản:\n- **Luật, Bộ luật, Pháp lệnh, Hiến pháp**: *loại* *tên* ngày … tháng … năm … (ngày thông qua), ví dụ “Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024” — ghi `name` và `date`;\n- **văn bản khác** (Nghị định, Quyết định, Kế hoạch …): *loại* số *số, ký hiệu* ngày *ngày* của *cơ quan ban hành* *trích yếu*, ví dụ “Quyết định số 193/QĐ-TTg ngày 19/02/2021 của Thủ tướng Chính phủ phê duyệt …”.",
      "defaultSnippets": [
        {
          "label": "Văn bản được dẫn mới",
          "markdownDescription": "Loại, số và ký hiệu, ngày, cơ quan ban hành, trích yếu của văn bản được dẫn.",
          "body": {
            "type": "${1:Quyết định}",
            "number": "${2:193/QĐ-TTg}",
            "date": "\"${3:2021-02-19}\"",
            "issuer": "${4:Thủ tướng Chính phủ}",
            "subject": "${5:về việc …}"
          }
        }
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã (id)",
          "description": "Mã để tham chiếu văn bản này (ví dụ khi nhân bản). — An id to refer to this document.",
          "markdownDescription": "Mã để tham chiếu văn bản này (ví dụ khi nhân bản)."
        },
        "prefix": {
          "title": "Từ dẫn (lead word)",
          "description": "Từ đứng trước trích dẫn, ví dụ “xét”. — A word printed before the citation, e.g. “xét”.",
          "markdownDescription": "Từ đứng trước trích dẫn, ví dụ “xét”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "type": {
          "title": "Loại văn bản (document type)",
          "description": "Ví dụ Quyết định, Kế hoạch, Tờ trình. — e.g. Quyết định, Kế hoạch.",
          "markdownDescription": "Loại văn bản, ví dụ “Quyết định”, “Kế hoạch”, “Nghị quyết”, “Công văn”, “Luật”.",
          "examples": [
            "Quyết định",
            "Kế hoạch"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "number": {
          "title": "Số, ký hiệu (number and symbol)",
          "description": "Số và ký hiệu, ví dụ 193/QĐ-TTg. — Number and symbol, e.g. 193/QĐ-TTg.",
          "markdownDescription": "Số và ký hiệu, ví dụ `193/QĐ-TTg`, `15/KH-UBND` (không có khoảng trắng).",
          "examples": [
            "193/QĐ-TTg"
          ],
          "type": "string",
          "pattern": "^\\S+$",
          "maxLength": 60
        },
        "date": {
          "$ref": "#/$defs/date",
          "title": "Ngày ban hành (date of issue)",
          "description": "Ngày ban hành văn bản. — The document's date.",
          "markdownDescription": "Ngày ban hành văn bản, dạng `YYYY-MM-DD` trong ngoặc kép, ví dụ `\"2021-02-19\"`."
        },
        "issuer": {
          "title": "Cơ quan ban hành (issuer)",
          "description": "Cơ quan ban hành văn bản, ví dụ Thủ tướng Chính phủ. — Who issued it.",
          "markdownDescription": "Cơ quan, người ban hành, ví dụ “Thủ tướng Chính phủ”, “Ủy ban nhân dân tỉnh”.",
          "examples": [
            "Thủ tướng Chính phủ"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "subject": {
          "title": "Trích yếu (subject)",
          "description": "Trích yếu kèm từ nối, ví dụ “về việc phê duyệt Chương trình …” (văn bản có số); tên của luật ghi ở name. — The subject, with its connective (về việc …, ban hành …); a law's name goes in name.",
          "markdownDescription": "Trích yếu kèm từ nối, ví dụ “về việc phê duyệt Chương trình …” hoặc “phê duyệt …”. Tên của một luật ghi ở `name` (với dữ liệu cũ, `subject` của luật được in như tên).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "name": {
          "title": "Tên luật (law's name)",
          "description": "Tên của luật, bộ luật, pháp lệnh, hiến pháp (không gồm loại văn bản), ví dụ “Phòng cháy, chữa cháy và cứu nạn, cứu hộ”: các văn bản này được dẫn theo tên và ngày thông qua (“Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024”), không theo số và cơ quan ban hành (number, issuer vẫn là dữ liệu). — The name of a law (code, ordinance, constitution) without its type: such documents are cited by name and date of adoption, not by number and issuer (which stay data).",
          "markdownDescription": "Tên của luật, bộ luật, pháp lệnh, hiến pháp (không gồm loại văn bản), ví dụ “Phòng cháy, chữa cháy và cứu nạn, cứu hộ”. Luật được dẫn theo **tên và ngày thông qua**: “Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024” — `number` và `issuer` vẫn ghi được nhưng không in trong trích dẫn.",
          "examples": [
            "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "opening": {
      "type": "object",
      "additionalProperties": false,
      "title": "Phần mở đầu (opening)",
      "description": "Tình hình, các đoạn căn cứ (mỗi đoạn có từ dẫn riêng) và câu ban hành. — Situation, the basis paragraphs (each with its own lead word) and the enacting formula.",
      "markdownDescription": "Phần mở đầu: tình hình (`situation`), các đoạn căn cứ (`bases`, mỗi đoạn có từ dẫn riêng như “Căn cứ”, “Thực hiện”) và câu ban hành (`closing`).",
      "properties": {
        "situation": {
          "$ref": "#/$defs/text",
          "title": "Tình hình (situation)",
          "description": "Các đoạn nêu tình hình, in trước phần căn cứ. — Paragraphs before the basis.",
          "markdownDescription": "Các đoạn nêu tình hình, in trước phần căn cứ."
        },
        "bases": {
          "title": "Các đoạn căn cứ (basis paragraphs)",
          "description": "Theo thứ tự in. — In print order.",
          "markdownDescription": "Các đoạn căn cứ theo thứ tự in. Mỗi đoạn có từ dẫn (`lead`: Căn cứ, Thực hiện, Xét, Theo đề nghị của …) và các văn bản (`references`), hoặc một đoạn viết tự do (`text`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/basis"
          },
          "maxItems": 50
        },
        "closing": {
          "title": "Câu ban hành (enacting formula)",
          "description": "Ví dụ “Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”. Đoạn riêng, trừ khi có joinClosing. — e.g. “… ban hành Kế hoạch … như sau:”; a paragraph of its own unless joinClosing is set.",
          "markdownDescription": "Ví dụ “Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”. Đoạn riêng, trừ khi có joinClosing.",
          "examples": [
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "joinClosing": {
          "title": "Nối câu ban hành (join the formula)",
          "description": "Khi có: câu ban hành nối vào cuối đoạn căn cứ cuối cùng bằng chuỗi này, ví dụ “, ”. — When set, the formula is appended to the last basis paragraph after this string, e.g. “, ”.",
          "markdownDescription": "Khi có: câu ban hành nối vào cuối đoạn căn cứ cuối cùng bằng chuỗi này, ví dụ “, ”.",
          "type": "string",
          "minLength": 0,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn mở đầu tự do (free opening)",
          "description": "Các đoạn mở đầu viết tự do (thay cho bases và closing). — Free opening paragraphs, instead of bases and closing.",
          "markdownDescription": "Các đoạn mở đầu viết tự do (thay cho bases và closing)."
        }
      }
    },
    "measure": {
      "type": "object",
      "additionalProperties": false,
      "title": "Chỉ số (measure)",
      "description": "Giá trị định lượng của một chỉ tiêu: một số, một khoảng, hoặc một giá trị bằng chữ; kèm năm đạt, giá trị nền và kết quả. — A measurable value: a number, a range or a worded value; with target year, baseline and result.",
      "markdownDescription": "Giá trị định lượng của một chỉ tiêu: một số, một khoảng, hoặc một giá trị bằng chữ; kèm năm đạt, giá trị nền và kết quả.",
      "properties": {
        "value": {
          "title": "Giá trị (value)",
          "description": "Giá trị số. — A number.",
          "markdownDescription": "Giá trị số.",
          "type": "number"
        },
        "min": {
          "title": "Từ (minimum)",
          "description": "Cận dưới của khoảng, ví dụ 5 trong “từ 5 - 6%”. — Lower bound of a range.",
          "markdownDescription": "Cận dưới của khoảng, ví dụ 5 trong “từ 5 - 6%”.",
          "type": "number"
        },
        "max": {
          "title": "Đến (maximum)",
          "description": "Cận trên của khoảng. — Upper bound of a range.",
          "markdownDescription": "Cận trên của khoảng.",
          "type": "number"
        },
        "text": {
          "title": "Giá trị bằng chữ (worded value)",
          "description": "Khi chỉ tiêu không là số, ví dụ “cơ bản hoàn thành”. — When the target is not a number.",
          "markdownDescription": "Khi chỉ tiêu không là số, ví dụ “cơ bản hoàn thành”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "unit": {
          "title": "Đơn vị (unit)",
          "description": "Ví dụ %, lần/tháng. — e.g. %, times a month.",
          "markdownDescription": "Ví dụ %, lần/tháng.",
          "type": "string",
          "maxLength": 40
        },
        "comparator": {
          "title": "So sánh (comparator)",
          "description": "at-least (ít nhất), more-than (trên), exactly, at-most, less-than (dưới). — How the value bounds the result.",
          "markdownDescription": "at-least (ít nhất), more-than (trên), exactly, at-most, less-than (dưới).",
          "enum": [
            "at-least",
            "more-than",
            "exactly",
            "at-most",
            "less-than"
          ],
          "errorMessage": "Chọn một trong: at-least, more-than, exactly, at-most, less-than."
        },
        "subject": {
          "title": "Đối tượng đo (what is measured)",
          "description": "Điều được đo. — What is measured.",
          "markdownDescription": "Điều được đo.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "year": {
          "title": "Năm đạt (target year)",
          "description": "Năm phải đạt chỉ tiêu. — The year by which it is to be reached.",
          "markdownDescription": "Năm phải đạt chỉ tiêu.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "baseline": {
          "title": "Giá trị nền (baseline)",
          "description": "Giá trị hiện tại hoặc năm gốc. — The current or base-year value.",
          "markdownDescription": "Giá trị hiện tại hoặc năm gốc.",
          "type": [
            "number",
            "string"
          ]
        },
        "baselineYear": {
          "title": "Năm gốc (baseline year)",
          "description": "Năm của giá trị nền. — Year of the baseline.",
          "markdownDescription": "Năm của giá trị nền.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "result": {
          "title": "Kết quả đạt được (result)",
          "description": "Kết quả đã đạt (khi sơ kết, tổng kết). — The achieved result.",
          "markdownDescription": "Kết quả đã đạt (khi sơ kết, tổng kết).",
          "type": [
            "number",
            "string"
          ]
        }
      }
    },
    "item": {
      "type": "object",
      "additionalProperties": false,
      "title": "Khoản, điểm, đoạn (item)",
      "description": "Một khoản/điểm/đoạn: tiêu đề (in đậm), nội dung, các khối con; có thể mang dữ liệu tổ chức thực hiện (facts) hoặc chỉ số (measures). — A heading or paragraph with children; may carry implementation facts or measures.",
      "markdownDescription": "Một khoản/điểm/đoạn: tiêu đề (in đậm), nội dung, các khối con; có thể mang dữ liệu tổ chức thực hiện (facts) hoặc chỉ số (measures).",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã (id)",
          "description": "Mã ổn định của khoản. — A stable id.",
          "markdownDescription": "Mã ổn định của khoản."
        },
        "title": {
          "title": "Tiêu đề (title)",
          "description": "Tiêu đề của khoản (in đậm). — A heading for the item (bold).",
          "markdownDescription": "Tiêu đề của khoản (in đậm).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Nội dung (text)",
          "description": "Nội dung của mục. — The item's text.",
          "markdownDescription": "Nội dung của mục."
        },
        "inline": {
          "title": "Cùng dòng (inline)",
          "description": "true: tiêu đề và đoạn đầu trên một đoạn, ví dụ “1.2. Về …: …”. — true: title and first paragraph in one paragraph, e.g. “1.2. Về …: …”.",
          "markdownDescription": "true: tiêu đề và đoạn đầu trên một đoạn, ví dụ “1.2. Về …: …”.",
          "type": "boolean"
        },
        "role": {
          "$ref": "#/$defs/role"
        },
        "style": {
          "$ref": "#/$defs/itemStyle"
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle"
        },
        "items": {
          "title": "Khối con (children)",
          "description": "Các khối con: đoạn văn, khoản, khối nhiệm vụ, bảng. — Child blocks.",
          "markdownDescription": "Các khối con: đoạn văn, khoản, khối nhiệm vụ, bảng.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          },
          "maxItems": 500
        },
        "measures": {
          "title": "Chỉ số (measures)",
          "description": "Các giá trị định lượng của chỉ tiêu này. — Measurable values of this target.",
          "markdownDescription": "Các giá trị định lượng của chỉ tiêu này.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/measure"
          },
          "maxItems": 20
        },
        "facts": {
          "$ref": "#/$defs/facts"
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "time": {
      "type": "object",
      "additionalProperties": false,
      "title": "Thời gian thực hiện (time)",
      "description": "Ngày, khoảng, hạn, kỳ (tháng, quý, năm học), định kỳ (hằng tuần, hằng tháng … có thể kèm ngày và giờ), thường xuyên — hoặc kết hợp: hoàn thành trước … rồi thực hiện thường xuyên; thực hiện từ … . In ra đúng như kế hoạch viết (note) và thành các mục có ngày trong danh mục khi xác định được ngày. — A date, a window, a deadline, a spoken period, a recurrence with day and hour, ongoing, or a combination; printed as the plan words it (note) and dated in checklists wherever the date is determinate.",
      "markdownDescription": "Thời gian thực hiện: một ngày (`on`), khoảng (`from`–`to`), hạn (`before`, `by`), kỳ (`within`), định kỳ (`every`, có thể kèm `day`, `weekday`, `hour`), thường xuyên (`ongoing: true`) hoặc kết hợp. Ngày viết dạng `\"YYYY-MM-DD\"` trong ngoặc kép.",
      "properties": {
        "on": {
          "$ref": "#/$defs/date",
          "title": "Vào ngày (on)",
          "description": "Thực hiện vào một ngày. — On one day.",
          "markdownDescription": "Thực hiện vào một ngày."
        },
        "from": {
          "title": "Từ (from)",
          "description": "Bắt đầu (một ngày hoặc một kỳ); không có to nghĩa là bắt đầu mà không có hạn kết thúc. — Start (a date or a period); without `to`, a start with no end.",
          "markdownDescription": "Bắt đầu (một ngày hoặc một kỳ); không có to nghĩa là bắt đầu mà không có hạn kết thúc.",
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "$ref": "#/$defs/spokenPeriod"
            }
          ]
        },
        "to": {
          "title": "Đến (to)",
          "description": "Kết thúc khoảng (tính cả ngày, hoặc hết kỳ). — End of a window (inclusive, or the end of the period).",
          "markdownDescription": "Kết thúc khoảng (tính cả ngày, hoặc hết kỳ).",
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "$ref": "#/$defs/spokenPeriod"
            }
          ]
        },
        "within": {
          "$ref": "#/$defs/spokenPeriod",
          "title": "Trong kỳ (within)",
          "description": "Thực hiện trong một kỳ, ví dụ “trong tháng 8/2025”, “trong quý II/2026”. — Within a period, e.g. “trong tháng 8/2025”.",
          "markdownDescription": "Thực hiện trong một kỳ, ví dụ “trong tháng 8/2025”, “trong quý II/2026”."
        },
        "before": {
          "title": "Trước (before)",
          "description": "Hạn “trước ngày …” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước; danh mục nhiệm vụ ghi hạn là ngày ghi, loại “trước ngày”; lịch đặt việc vào ngày hôm trước và ghi rõ), hoặc “trước quý …”. — A deadline “trước ngày …” (exclusive: the last day on time is the day before; checklists give the day written, kind before; calendars put the event on the day before and say so).",
          "markdownDescription": "Hạn “trước ngày …” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước — danh mục ghi hạn là ngày ghi, loại “trước ngày”; lịch đặt việc vào ngày hôm trước và ghi rõ), hoặc “trước quý …”.",
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "$ref": "#/$defs/spokenPeriod"
            }
          ]
        },
        "by": {
          "title": "Chậm nhất (by)",
          "description": "Hạn “chậm nhất ngày …”, “hoàn thành trong quý I/2023” (tính đến hết kỳ). — An inclusive deadline, or “hoàn thành trong quý I/2023” (end of the period).",
          "markdownDescription": "Hạn “chậm nhất ngày …”, “hoàn thành trong quý I/2023” (tính đến hết kỳ).",
          "anyOf": [
            {
              "$ref": "#/$defs/date"
            },
            {
              "$ref": "#/$defs/spokenPeriod"
            }
          ]
        },
        "every": {
          "title": "Định kỳ (recurrence)",
          "description": "week (hằng tuần), month (hằng tháng), quarter (hằng quý), half-year (6 tháng), year (hằng năm). Không có day: định kỳ không có ngày cụ thể (không tự đặt ngày). — How often; without `day` the occurrences are undated (no date is invented).",
          "markdownDescription": "week (hằng tuần), month (hằng tháng), quarter (hằng quý), half-year (6 tháng), year (hằng năm). Không có day: định kỳ không có ngày cụ thể (không tự đặt ngày).",
          "enum": [
            "week",
            "month",
            "quarter",
            "half-year",
            "year"
          ],
          "markdownEnumDescriptions": [
            "Hằng tuần",
            "Hằng tháng",
            "Hằng quý",
            "6 tháng một lần",
            "Hằng năm"
          ],
          "enumDescriptions": [
            "Hằng tuần",
            "Hằng tháng",
            "Hằng quý",
            "6 tháng một lần",
            "Hằng năm"
          ],
          "errorMessage": "Chọn một trong: week (Hằng tuần), month (Hằng tháng), quarter (Hằng quý), half-year (6 tháng một lần), year (Hằng năm)."
        },
        "day": {
          "title": "Ngày (day)",
          "description": "Với định kỳ tháng, quý, năm: hạn vào (hoặc trước) ngày này của tháng; định kỳ hằng năm không có months thì là tháng 12 (“Trước ngày 20/12 hằng năm”). — For a monthly/quarterly/yearly recurrence: the day of the month (a yearly one without months: December).",
          "markdownDescription": "Với định kỳ tháng, quý, năm: hạn vào (hoặc trước) ngày này của tháng; định kỳ hằng năm không có `months` thì là tháng 12 (in ra “Trước ngày 20/12 hằng năm”).",
          "type": "integer",
          "minimum": 1,
          "maximum": 31
        },
        "weekday": {
          "title": "Thứ (weekday)",
          "description": "Với định kỳ hằng tuần: 1 thứ Hai … 6 thứ Bảy, 7 Chủ nhật. — For a weekly recurrence: 1 Monday … 7 Sunday.",
          "markdownDescription": "Với định kỳ hằng tuần: 1 thứ Hai … 6 thứ Bảy, 7 Chủ nhật.",
          "type": "integer",
          "minimum": 1,
          "maximum": 7
        },
        "hour": {
          "title": "Giờ (hour)",
          "description": "Giờ hạn, ví dụ “11:00”. — The hour of the deadline, e.g. “11:00”.",
          "markdownDescription": "Giờ hạn, ví dụ “11:00”.",
          "type": "string",
          "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
          "errorMessage": "Giờ dạng HH:MM trong dấu ngoặc kép, ví dụ \"11:00\"."
        },
        "dueKind": {
          "title": "Loại hạn (deadline kind)",
          "description": "Với định kỳ: before (“trước ngày 25 hằng tháng”, mặc định) hoặc by (“ngày 25 hằng tháng”, “chậm nhất ngày 25”). Một nghĩa ở mọi nơi: hạn là ngày ghi (25); before không tính ngày đó — ngày cuối cùng đúng hạn là ngày 24 (danh mục ghi hạn 25, loại “trước ngày”; lịch đặt việc vào ngày 24 và ghi rõ); by tính cả ngày 25. — For a recurrence: before (default) or by. One meaning everywhere: the due date is the day written; before excludes it (the last day on time is the day before: checklists give due 25, kind “trước ngày”; calendars put the event on the 24th and say why); by includes it.",
          "markdownDescription": "Với định kỳ: `before` (“trước ngày 25 hằng tháng”, mặc định) hoặc `by` (“ngày 25 hằng tháng”). Hạn là ngày ghi (25); `before` không tính ngày đó: ngày cuối cùng đúng hạn là ngày 24 — danh mục nhiệm vụ ghi hạn 25/… loại “trước ngày”, lịch (ICS) đặt việc vào ngày 24 và ghi rõ “ngày cuối”.",
          "enum": [
            "before",
            "by"
          ],
          "markdownEnumDescriptions": [
            "“trước ngày …” (mặc định)",
            "“chậm nhất ngày …”, “vào ngày …”"
          ],
          "enumDescriptions": [
            "“trước ngày …” (mặc định)",
            "“chậm nhất ngày …”, “vào ngày …”"
          ],
          "default": "before",
          "errorMessage": "Chọn một trong: before (“trước ngày …” (mặc định)), by (“chậm nhất ngày …”, “vào ngày …”)."
        },
        "nextPeriod": {
          "title": "Kỳ liền kề (of the following period)",
          "description": "true: ngày thuộc tháng (kỳ) liền kề, ví dụ “trước ngày 05 của tháng liền kề”, “trước ngày 31/01 năm liền kề”. — true: the day falls in the following month (period).",
          "markdownDescription": "true: ngày thuộc tháng (kỳ) liền kề, ví dụ “trước ngày 05 của tháng liền kề”, “trước ngày 31/01 năm liền kề”.",
          "type": "boolean"
        },
        "months": {
          "title": "Các tháng (months)",
          "description": "Với định kỳ: các tháng có hạn. — For a recurrence: the months with a due date.",
          "markdownDescription": "Với định kỳ: các tháng có hạn.",
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "minItems": 1,
          "maxItems": 12,
          "uniqueItems": true
        },
        "ongoing": {
          "title": "Thường xuyên (ongoing)",
          "description": "Thực hiện thường xuyên; có thể kèm hạn (hoàn thành trước … và thực hiện thường xuyên) hoặc from (thực hiện từ …). — Ongoing; may follow a deadline or a start.",
          "markdownDescription": "Thực hiện thường xuyên; có thể kèm hạn (hoàn thành trước … và thực hiện thường xuyên) hoặc from (thực hiện từ …).",
          "const": true
        },
        "reference": {
          "$ref": "#/$defs/id",
          "title": "Theo văn bản (set by a document)",
          "description": "Hạn do một văn bản khác quy định: mã của văn bản trong opening (references). — A deadline set by another document: the id of a reference.",
          "markdownDescription": "Hạn do một văn bản khác quy định: mã của văn bản trong opening (references)."
        },
        "asRegulated": {
          "title": "Theo quy định (as regulated)",
          "description": "true: “theo quy định”, không có ngày. — true: “theo quy định”, no date.",
          "markdownDescription": "true: “theo quy định”, không có ngày.",
          "const": true
        },
        "note": {
          "title": "Lời văn (as worded)",
          "description": "Thời gian đúng như kế hoạch viết, khi khác cách in sinh tự động. — The time as the plan words it, when it differs from the generated wording.",
          "markdownDescription": "Thời gian đúng như kế hoạch viết, khi khác cách in sinh tự động.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "task": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "title": "Nhiệm vụ (task)",
      "description": "Một nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp, đề nghị, thời gian, sản phẩm; có thể có nhiệm vụ con. — A task with its agencies, time and output; may have sub-tasks.",
      "markdownDescription": "Một nhiệm vụ: nội dung (`text`), cơ quan chủ trì (`lead`), phối hợp (`support`), được đề nghị (`requested`), thời gian (`time`), sản phẩm (`output`); có thể có nhiệm vụ con (`tasks`).",
      "defaultSnippets": [
        {
          "label": "Nhiệm vụ mới",
          "markdownDescription": "Một nhiệm vụ: mã, nội dung, cơ quan chủ trì và phối hợp (mã trong `agencies`), thời hạn.",
          "body": {
            "id": "${1:ma-nhiem-vu}",
            "text": "${2:Nội dung nhiệm vụ}",
            "lead": "${3:ma-co-quan-chu-tri}",
            "support": [
              "${4:ma-co-quan-phoi-hop}"
            ],
            "time": {
              "before": "\"${5:2026-12-31}\""
            }
          }
        }
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã nhiệm vụ (task id)",
          "description": "Mã ổn định, không đổi khi sửa kế hoạch. — A stable id that survives edits.",
          "markdownDescription": "Mã ổn định của nhiệm vụ (chữ thường không dấu, nối bằng `-`), ví dụ `ca-tham-muu-ke-hoach`. Không đổi khi sửa kế hoạch: danh mục theo dõi và bản nhân bản dựa vào mã này.",
          "examples": [
            "ca-tham-muu-ke-hoach"
          ]
        },
        "title": {
          "title": "Tiêu đề (title)",
          "description": "Tiêu đề in đậm của nhiệm vụ (nội dung in sau dấu “:” khi inline). — A bold heading of the task.",
          "markdownDescription": "Tiêu đề in đậm của nhiệm vụ (nội dung in sau dấu “:” khi inline).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "inline": {
          "title": "Cùng dòng (inline)",
          "description": "true: tiêu đề và nội dung trên một đoạn, ngăn bởi “: ”. — true: title and text in one paragraph.",
          "markdownDescription": "true: tiêu đề và nội dung trên một đoạn, ngăn bởi “: ”.",
          "type": "boolean"
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Nội dung (text)",
          "description": "Nội dung nhiệm vụ (không gồm phần phân công). — What is to be done (without the attribution).",
          "markdownDescription": "Nội dung nhiệm vụ, **không** gồm phần phân công (“… chủ trì, phối hợp …” được sinh từ `lead`, `support`). Đoạn dài viết sau `>-` trên các dòng tiếp theo."
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan (hoặc người) chủ trì. — The lead agency or person.",
          "markdownDescription": "Cơ quan (hoặc người) **chủ trì**: mã một cơ quan đã khai báo trong `agencies`, hoặc danh sách mã, ví dụ `lead: so-tu-phap` hoặc `lead: [ so-noi-vu, so-tai-chinh ]`.",
          "examples": [
            "so-tu-phap",
            [
              "so-noi-vu",
              "so-tai-chinh"
            ]
          ]
        },
        "support": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Phối hợp (coordinating)",
          "description": "Cơ quan phối hợp. — Coordinating agencies.",
          "markdownDescription": "Cơ quan **phối hợp**: mã hoặc danh sách mã trong `agencies`, ví dụ `support: [ cong-an-tinh, so-gddt ]`.",
          "examples": [
            [
              "cong-an-tinh",
              "so-gddt"
            ]
          ]
        },
        "requested": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Đề nghị (requested)",
          "description": "Cơ quan ngoài thẩm quyền, được đề nghị. — Bodies outside the issuer's authority, only requested.",
          "markdownDescription": "Cơ quan ngoài thẩm quyền của cơ quan ban hành (tòa án, viện kiểm sát, Mặt trận Tổ quốc …), được **đề nghị** phối hợp thực hiện.",
          "examples": [
            [
              "vks-tinh",
              "tand-tinh"
            ]
          ]
        },
        "monitor": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Theo dõi (follow-up)",
          "description": "Cơ quan theo dõi, kiểm tra, đôn đốc. — The agency that follows up.",
          "markdownDescription": "Cơ quan theo dõi, kiểm tra, đôn đốc việc thực hiện nhiệm vụ."
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution wording)",
          "description": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.",
          "markdownDescription": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "showAttribution": {
          "title": "In phân công (print attribution)",
          "description": "false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.",
          "markdownDescription": "false: không in phân công ở mục này (ví dụ khi mục sau in chung).",
          "type": "boolean"
        },
        "labels": {
          "$ref": "#/$defs/labels"
        },
        "time": {
          "$ref": "#/$defs/time",
          "title": "Thời gian (time)",
          "description": "Thời gian thực hiện. — When.",
          "markdownDescription": "Thời gian thực hiện, ví dụ `{ before: \"2026-02-15\" }` (trước ngày), `{ by: \"2026-06-30\" }` (chậm nhất), `{ from: \"2025-07-01\", to: \"2025-09-30\" }`, `{ every: month, day: 20 }` (hằng tháng), `{ ongoing: true }` (thường xuyên). Ngày viết trong ngoặc kép.",
          "examples": [
            {
              "every": "month",
              "day": 20
            },
            {
              "ongoing": true
            }
          ]
        },
        "output": {
          "title": "Sản phẩm (expected output)",
          "description": "Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.",
          "markdownDescription": "Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”, “Báo cáo kết quả”.",
          "examples": [
            "Kế hoạch của UBND xã"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "note": {
          "title": "Ghi chú (note)",
          "description": "Ghi chú (cột Ghi chú của bảng nhiệm vụ). — A note (the Ghi chú column).",
          "markdownDescription": "Ghi chú (cột Ghi chú của bảng nhiệm vụ).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "parts": {
          "title": "Các phần (parts)",
          "description": "Một nhiệm vụ chia thành nhiều dòng trong bảng (ô gộp dọc): mỗi phần có sản phẩm, thời gian riêng. — A task split over several table rows (vertically merged cells), each with its own output and time.",
          "markdownDescription": "Một nhiệm vụ chia thành nhiều dòng trong bảng (ô gộp dọc): mỗi phần có sản phẩm, thời gian riêng.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/taskPart"
          },
          "minItems": 1,
          "maxItems": 20
        },
        "style": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu trình bày riêng (own style)",
          "description": "Ví dụ plain: in như đoạn văn không gạch đầu dòng. — e.g. plain: printed as a paragraph without a marker.",
          "markdownDescription": "Ví dụ plain: in như đoạn văn không gạch đầu dòng."
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu đánh số các mục con (numbering style of the children)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "markdownDescription": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động."
        },
        "tasks": {
          "title": "Nhiệm vụ con (sub-tasks)",
          "description": "Các nhiệm vụ con. — Sub-tasks.",
          "markdownDescription": "Các nhiệm vụ con, in đánh số dưới nhiệm vụ này.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/task"
          },
          "maxItems": 200
        },
        "origin": {
          "title": "Nguồn gốc (provenance)",
          "description": "Nhiệm vụ này được nhân bản từ nhiệm vụ nào của kế hoạch cấp trên. — Which parent task this task was cloned from.",
          "markdownDescription": "Nhiệm vụ này được nhân bản từ nhiệm vụ nào của kế hoạch cấp trên.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "task"
          ],
          "properties": {
            "plan": {
              "title": "Kế hoạch cấp trên (parent plan)",
              "description": "Số, ký hiệu của kế hoạch cấp trên, ví dụ 15/KH-UBND. — The parent plan's number and symbol.",
              "markdownDescription": "Số, ký hiệu của kế hoạch cấp trên, ví dụ 15/KH-UBND.",
              "type": "string",
              "maxLength": 120
            },
            "task": {
              "title": "Nhiệm vụ cấp trên (parent task)",
              "description": "Mã nhiệm vụ trong kế hoạch cấp trên. — The task id in the parent plan.",
              "markdownDescription": "Mã nhiệm vụ trong kế hoạch cấp trên.",
              "type": "string",
              "maxLength": 80
            },
            "ref": {
              "title": "Mục cấp trên (parent reference)",
              "description": "Số mục trong kế hoạch cấp trên, ví dụ II.15. — The reference in the parent plan.",
              "markdownDescription": "Số mục trong kế hoạch cấp trên, ví dụ II.15.",
              "type": "string",
              "maxLength": 40
            },
            "hash": {
              "title": "Mã băm nội dung (text hash)",
              "description": "Băm nội dung nhiệm vụ cấp trên lúc nhân bản (để phát hiện sửa lời). — Hash of the parent task's text when cloned.",
              "markdownDescription": "Băm nội dung nhiệm vụ cấp trên lúc nhân bản (để phát hiện sửa lời).",
              "type": "string",
              "pattern": "^[0-9a-f]{16}$"
            },
            "timeHash": {
              "title": "Mã băm thời gian (time hash)",
              "description": "Băm thời gian nhiệm vụ cấp trên lúc nhân bản (để phát hiện đổi hạn). — Hash of the parent task's time when cloned.",
              "markdownDescription": "Băm thời gian nhiệm vụ cấp trên lúc nhân bản (để phát hiện đổi hạn).",
              "type": "string",
              "pattern": "^[0-9a-f]{16}$"
            }
          }
        },
        "assignedBy": {
          "title": "Phân công theo văn bản (assigned by a document)",
          "description": "Cơ quan thực hiện do một văn bản khác phân công, ví dụ “Theo phân công tại Quyết định số 1441/QĐ-UBND”: reference là id văn bản (trong references hoặc opening), note là lời văn in ra. — The agencies are assigned by another document: reference is its id, note the printed words.",
          "markdownDescription": "Cơ quan thực hiện do một văn bản khác phân công, ví dụ “Theo phân công tại Quyết định số 1441/QĐ-UBND”: reference là id văn bản (trong references hoặc opening), note là lời văn in ra.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "reference": {
              "$ref": "#/$defs/id"
            },
            "note": {
              "type": "string",
              "minLength": 1,
              "maxLength": 20000,
              "title": "Lời văn (words)",
              "description": "Lời văn in ra. — The printed words.",
              "markdownDescription": "Lời văn in ra."
            }
          }
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "taskGroup": {
      "type": "object",
      "additionalProperties": false,
      "title": "Nhóm nhiệm vụ (task group)",
      "description": "Nhóm theo cơ quan (tiêu đề sinh từ cơ quan) hoặc theo chủ đề (có tiêu đề). — A group by agency (heading generated) or by theme (titled).",
      "markdownDescription": "Nhóm theo cơ quan (tiêu đề sinh từ cơ quan) hoặc theo chủ đề (có tiêu đề).",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã nhóm (group id)",
          "description": "Mã ổn định của nhóm. — A stable group id.",
          "markdownDescription": "Mã ổn định của nhóm."
        },
        "title": {
          "title": "Tiêu đề (title)",
          "description": "Tiêu đề chủ đề; với nhóm theo cơ quan thì bỏ trống để sinh từ tên cơ quan. — The theme heading; for a group by agency, leave it out to generate it from the agencies.",
          "markdownDescription": "Tiêu đề chủ đề; với nhóm theo cơ quan thì bỏ trống để sinh từ tên cơ quan.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "inline": {
          "title": "Cùng dòng (inline)",
          "description": "true: tiêu đề và đoạn đầu trên một dòng. — true: title and first paragraph on one line.",
          "markdownDescription": "true: tiêu đề và đoạn đầu trên một dòng.",
          "type": "boolean"
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn dẫn (intro)",
          "description": "Đoạn văn dẫn trước các nhiệm vụ. — Intro paragraphs before the tasks.",
          "markdownDescription": "Đoạn văn dẫn trước các nhiệm vụ."
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan (hoặc người) chủ trì. — The lead agency or person.",
          "markdownDescription": "Cơ quan (hoặc người) chủ trì."
        },
        "support": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Phối hợp (coordinating)",
          "description": "Cơ quan phối hợp. — Coordinating agencies.",
          "markdownDescription": "Cơ quan phối hợp."
        },
        "requested": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Đề nghị (requested)",
          "description": "Cơ quan ngoài thẩm quyền, được đề nghị. — Bodies outside the issuer's authority, only requested.",
          "markdownDescription": "Cơ quan ngoài thẩm quyền, được đề nghị."
        },
        "monitor": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Theo dõi (follow-up)",
          "description": "Cơ quan theo dõi, kiểm tra, đôn đốc. — The agency that follows up.",
          "markdownDescription": "Cơ quan theo dõi, kiểm tra, đôn đốc."
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution wording)",
          "description": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.",
          "markdownDescription": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "showAttribution": {
          "title": "In phân công (print attribution)",
          "description": "false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.",
          "markdownDescription": "false: không in phân công ở mục này (ví dụ khi mục sau in chung).",
          "type": "boolean"
        },
        "labels": {
          "$ref": "#/$defs/labels"
        },
        "time": {
          "$ref": "#/$defs/time"
        },
        "style": {
          "$ref": "#/$defs/itemStyle"
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu đánh số nhiệm vụ (task numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "markdownDescription": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động."
        },
        "groupStyle": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu đánh số nhóm con (sub-group numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "markdownDescription": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động."
        },
        "groups": {
          "title": "Nhóm con (sub-groups)",
          "description": "Các nhóm con (ví dụ 2.1., 2.2. hoặc a), b)). — Sub-groups.",
          "markdownDescription": "Các nhóm con (ví dụ 2.1., 2.2. hoặc a), b)).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/taskGroup"
          },
          "maxItems": 100
        },
        "tasks": {
          "title": "Nhiệm vụ (tasks)",
          "description": "Các nhiệm vụ của nhóm. — The group's tasks.",
          "markdownDescription": "Các nhiệm vụ của nhóm.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/task"
          },
          "maxItems": 200
        },
        "items": {
          "title": "Khối khác (other blocks)",
          "description": "Các khối không phải nhiệm vụ trong nhóm (đoạn văn, bảng, chỉ tiêu), in trước nhiệm vụ. — Non-task blocks of the group, printed before its tasks.",
          "markdownDescription": "Các khối không phải nhiệm vụ trong nhóm (đoạn văn, bảng, chỉ tiêu), in trước nhiệm vụ.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          },
          "maxItems": 500
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "dayMonth": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "day",
        "month"
      ],
      "title": "Ngày tháng (Day and month)",
      "description": "Ngày và tháng lặp lại hằng năm; có thể thuộc năm trước hoặc một năm cụ thể. — A day and month, optionally of the previous year or of a given year.",
      "markdownDescription": "Ngày và tháng lặp lại hằng năm; có thể thuộc năm trước hoặc một năm cụ thể.",
      "properties": {
        "day": {
          "title": "Ngày (day)",
          "description": "Ngày trong tháng. — Day of month.",
          "markdownDescription": "Ngày trong tháng.",
          "type": "integer",
          "minimum": 1,
          "maximum": 31
        },
        "month": {
          "title": "Tháng (month)",
          "description": "Tháng. — Month.",
          "markdownDescription": "Tháng.",
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        },
        "year": {
          "title": "Năm (year)",
          "description": "Năm cụ thể (hạn một lần). — A fixed year, for a one-off deadline.",
          "markdownDescription": "Năm cụ thể (hạn một lần).",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2200
        },
        "previousYear": {
          "title": "Năm trước (previous year)",
          "description": "true: ngày này thuộc năm trước năm báo cáo. — true: the date falls in the year before the reporting year.",
          "markdownDescription": "true: ngày này thuộc năm trước năm báo cáo.",
          "type": "boolean"
        },
        "before": {
          "title": "Trước ngày (before)",
          "description": "Với hạn: true (mặc định) là “trước ngày” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước), false là “chậm nhất ngày”. — For a deadline: true (default) means before that day (exclusive), false means by that day.",
          "markdownDescription": "Với hạn: `true` (mặc định) là “trước ngày” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước), `false` là “chậm nhất ngày”.",
          "default": true,
          "type": "boolean"
        }
      }
    },
    "reportPeriod": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "label"
      ],
      "title": "Kỳ báo cáo (Reporting period)",
      "description": "Một kỳ báo cáo: tên, khoảng số liệu, hạn nộp. — One report: label, data window, due date.",
      "markdownDescription": "Một kỳ báo cáo: tên, khoảng số liệu, hạn nộp.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã kỳ (period id)",
          "description": "Mã ổn định của kỳ báo cáo, ví dụ quy-1. — A stable id, e.g. quy-1.",
          "markdownDescription": "Mã ổn định của kỳ báo cáo, ví dụ quy-1."
        },
        "label": {
          "title": "Tên kỳ (label)",
          "description": "Ví dụ Quý I, 6 tháng, năm. — e.g. Quý I.",
          "markdownDescription": "Ví dụ Quý I, 6 tháng, năm.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "window": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "from",
            "to"
          ],
          "title": "Kỳ số liệu (Data window)",
          "description": "Khoảng thời gian lấy số liệu. — The period the report covers.",
          "markdownDescription": "Khoảng thời gian lấy số liệu.",
          "properties": {
            "from": {
              "$ref": "#/$defs/dayMonth",
              "title": "Từ ngày (from)",
              "description": "Ngày đầu kỳ. — First day.",
              "markdownDescription": "Ngày đầu kỳ."
            },
            "to": {
              "$ref": "#/$defs/dayMonth",
              "title": "Đến ngày (to)",
              "description": "Ngày cuối kỳ. — Last day.",
              "markdownDescription": "Ngày cuối kỳ."
            }
          }
        },
        "due": {
          "$ref": "#/$defs/dayMonth",
          "title": "Hạn nộp (due)",
          "description": "Hạn gửi báo cáo; bỏ trống khi kế hoạch không nêu hạn (mục việc sẽ không có ngày). — When the report is due; leave out when the plan states no deadline.",
          "markdownDescription": "Hạn gửi báo cáo; bỏ trống khi kế hoạch không nêu hạn (mục việc sẽ không có ngày)."
        },
        "reporters": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan báo cáo (reporters)",
          "description": "Ai báo cáo kỳ này (mặc định: reporters của lịch). — Who reports (default: the schedule's reporters).",
          "markdownDescription": "Ai báo cáo kỳ này (mặc định: reporters của lịch)."
        },
        "to": {
          "$ref": "#/$defs/id",
          "title": "Gửi về (to)",
          "description": "Cơ quan nhận báo cáo kỳ này (mặc định: to của lịch). — Who receives it (default: the schedule's).",
          "markdownDescription": "Cơ quan nhận báo cáo kỳ này (mặc định: to của lịch)."
        },
        "time": {
          "$ref": "#/$defs/time",
          "title": "Thời gian báo cáo (report time)",
          "description": "Báo cáo định kỳ như người viết: ví dụ { every: week, weekday: 4, hour: '11:00' } cho “trước 11 giờ thứ Năm hằng tuần”; thay cho due. — A recurring report time, instead of due.",
          "markdownDescription": "Báo cáo định kỳ như người viết: ví dụ { every: week, weekday: 4, hour: '11:00' } cho “trước 11 giờ thứ Năm hằng tuần”; thay cho due."
        }
      }
    },
    "reporting": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "periods"
      ],
      "title": "Chế độ báo cáo (Reporting schedule)",
      "description": "Ai báo cáo, gửi ai, qua đâu, các kỳ và hạn. — Who reports to whom, through which body, the periods and deadlines.",
      "markdownDescription": "Ai báo cáo, gửi ai, qua đâu, các kỳ và hạn.",
      "properties": {
        "reporters": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan báo cáo (reporters)",
          "description": "Các cơ quan phải báo cáo. — Agencies that must report.",
          "markdownDescription": "Các cơ quan phải báo cáo."
        },
        "to": {
          "$ref": "#/$defs/id",
          "title": "Gửi về (to)",
          "description": "Cơ quan nhận báo cáo. — The body receiving the reports.",
          "markdownDescription": "Cơ quan nhận báo cáo."
        },
        "via": {
          "$ref": "#/$defs/id",
          "title": "Qua (via)",
          "description": "Cơ quan tiếp nhận, tổng hợp (qua …). — The body the reports go through.",
          "markdownDescription": "Cơ quan tiếp nhận, tổng hợp (qua …)."
        },
        "adHoc": {
          "title": "Báo cáo đột xuất (ad hoc)",
          "description": "Có báo cáo đột xuất khi có yêu cầu. — Ad-hoc reports on request.",
          "markdownDescription": "Có báo cáo đột xuất khi có yêu cầu.",
          "type": "boolean"
        },
        "periods": {
          "title": "Các kỳ (periods)",
          "description": "Các kỳ báo cáo. — The reporting periods.",
          "markdownDescription": "Các kỳ báo cáo.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reportPeriod"
          },
          "minItems": 1,
          "maxItems": 24
        }
      }
    },
    "signature": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "title": "Chữ ký (signature)",
      "description": "Khối chữ ký: các dòng thẩm quyền xếp chồng (TM. … / KT. …), chức danh, họ tên. — The signature block: stacked authority lines, titles, name.",
      "markdownDescription": "Khối chữ ký: các dòng thẩm quyền xếp chồng (`authority`: TM. …, KT. …), chức vụ (`titles`) và họ tên người ký (`name`).",
      "properties": {
        "authority": {
          "title": "Thẩm quyền (authority)",
          "description": "Các dòng thẩm quyền theo thứ tự, ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]. — Authority lines in order.",
          "markdownDescription": "Các dòng thẩm quyền theo thứ tự, ví dụ `[ { type: TM, of: ỦY BAN NHÂN DÂN }, { type: KT, of: CHỦ TỊCH } ]`.",
          "examples": [
            [
              {
                "type": "TM",
                "of": "ỦY BAN NHÂN DÂN"
              },
              {
                "type": "KT",
                "of": "CHỦ TỊCH"
              }
            ]
          ],
          "type": "array",
          "items": {
            "$ref": "#/$defs/authority"
          },
          "maxItems": 4
        },
        "titles": {
          "title": "Chức vụ (titles)",
          "description": "Một hoặc hai chức vụ xếp chồng, ví dụ [TRƯỞNG BAN, CHỦ TỊCH UBND TỈNH]. — One or two stacked titles.",
          "markdownDescription": "Một hoặc hai chức vụ xếp chồng, in hoa, ví dụ `[ PHÓ CHỦ TỊCH ]`.",
          "examples": [
            [
              "PHÓ CHỦ TỊCH"
            ]
          ],
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "minItems": 0,
          "maxItems": 2
        },
        "name": {
          "title": "Họ và tên (name)",
          "description": "Họ tên người ký, không kèm học hàm, học vị. — The signer's name, without academic titles.",
          "markdownDescription": "Họ tên người ký, không kèm học hàm, học vị, ví dụ “Nguyễn Văn An”.",
          "examples": [
            "Nguyễn Văn An"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "recipient": {
      "type": "object",
      "additionalProperties": false,
      "title": "Nơi nhận (Recipient)",
      "description": "Một dòng nơi nhận. — One recipient line.",
      "markdownDescription": "Một dòng nơi nhận.",
      "properties": {
        "name": {
          "title": "Tên (name)",
          "description": "Tên nơi nhận như in ra. — The recipient as printed.",
          "markdownDescription": "Tên nơi nhận như in ra.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "agency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan (agency)",
          "description": "Mã cơ quan (in tên ngắn hoặc tên đầy đủ). — An agency id, printed by name.",
          "markdownDescription": "Mã cơ quan (in tên ngắn hoặc tên đầy đủ)."
        },
        "purpose": {
          "title": "Mục đích (purpose)",
          "description": "Ví dụ “báo cáo”, “để báo cáo” — in trong ngoặc. — e.g. “báo cáo”, printed in parentheses.",
          "markdownDescription": "Mục đích gửi, in sau tên, ví dụ “báo cáo”, “thực hiện”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "recipients": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "to",
        "archive"
      ],
      "title": "Nơi nhận (Recipients)",
      "description": "Danh sách nơi nhận và dòng lưu. — The recipients and the archive line.",
      "markdownDescription": "Nơi nhận (`to`, mỗi dòng một nơi) và dòng lưu (`archive`, in sau “Lưu:”).",
      "properties": {
        "to": {
          "title": "Nơi nhận (recipients)",
          "description": "Các dòng nơi nhận theo thứ tự. — Recipient lines in order.",
          "markdownDescription": "Các dòng nơi nhận theo thứ tự: tên (`name`) hoặc mã cơ quan (`agency`), kèm mục đích (`purpose`, ví dụ “báo cáo”).",
          "examples": [
            [
              {
                "agency": "so-tu-phap",
                "purpose": "thực hiện"
              },
              {
                "name": "TT Tỉnh ủy, TT HĐND tỉnh",
                "purpose": "báo cáo"
              }
            ]
          ],
          "type": "array",
          "items": {
            "$ref": "#/$defs/recipient"
          },
          "minItems": 1,
          "maxItems": 100
        },
        "archive": {
          "title": "Lưu (archive)",
          "description": "Nội dung sau “Lưu:”, ví dụ “VT, NC (Loan)”. — What follows “Lưu:”, e.g. “VT, NC (Loan)”.",
          "markdownDescription": "Nội dung sau “Lưu:”, ví dụ “VT, NC (Loan)”.",
          "examples": [
            "VT, NC (Loan)"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "period": {
      "type": "object",
      "additionalProperties": false,
      "title": "Thời kỳ (period)",
      "description": "Năm, giai đoạn (from–to), năm học, hoặc tháng của kế hoạch; bỏ trống khi văn bản không nêu. — The year, the range of years, the school year or the month the plan covers; leave out when the document states none.",
      "markdownDescription": "Thời kỳ của kế hoạch: một năm (`year`), giai đoạn (`from`–`to`), năm học (`schoolYear`) hoặc tháng (`month` cùng `year`). Bỏ trống khi văn bản không nêu.",
      "examples": [
        {
          "year": 2026
        },
        {
          "from": 2026,
          "to": 2030
        }
      ],
      "properties": {
        "year": {
          "title": "Năm (year)",
          "description": "Kế hoạch một năm. — A one-year plan.",
          "markdownDescription": "Kế hoạch một năm.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "from": {
          "title": "Từ năm (from year)",
          "description": "Năm đầu giai đoạn. — First year of a multi-year period.",
          "markdownDescription": "Năm đầu giai đoạn.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "to": {
          "title": "Đến năm (to year)",
          "description": "Năm cuối giai đoạn. — Last year of a multi-year period.",
          "markdownDescription": "Năm cuối giai đoạn.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "schoolYear": {
          "title": "Năm học (school year)",
          "description": "Năm bắt đầu của năm học: 2023 là năm học 2023 - 2024. — The first year of a school year: 2023 is 2023–2024.",
          "markdownDescription": "Năm bắt đầu của năm học: 2023 là năm học 2023 - 2024.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "month": {
          "title": "Tháng (month)",
          "description": "Kế hoạch tháng (cùng với year). — A monthly plan (with year).",
          "markdownDescription": "Kế hoạch tháng (cùng với year).",
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        },
        "orientation": {
          "title": "Định hướng đến năm (orientation year)",
          "description": "Năm định hướng, ví dụ 2035. — Orientation year, e.g. 2035.",
          "markdownDescription": "Năm định hướng, ví dụ 2035.",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2300
        }
      }
    },
    "appendix": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "title": "Phụ lục (appendix)",
      "description": "Một phụ lục: tiêu đề, dòng “(Kèm theo …)” sinh tự động, nội dung có đánh số riêng, khổ trang. — An appendix: title, the generated “(Kèm theo …)” line, its own numbering, orientation.",
      "markdownDescription": "Một phụ lục: tên (`title`), nội dung (`text`, `items`) đánh số riêng, khổ ngang (`landscape`) khi có bảng rộng. Dòng “(Kèm theo …)” sinh tự động.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "title": {
          "title": "Tên phụ lục (title)",
          "description": "Tên phụ lục. — The appendix title.",
          "markdownDescription": "Tên phụ lục, ví dụ “DANH MỤC NHIỆM VỤ TRỌNG TÂM”.",
          "examples": [
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Nội dung (text)",
          "description": "Đoạn văn của phụ lục. — Paragraphs.",
          "markdownDescription": "Đoạn văn của phụ lục."
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle"
        },
        "items": {
          "title": "Các khối (blocks)",
          "description": "Nội dung của phụ lục: đoạn văn, khoản, khối nhiệm vụ, bảng. — The appendix's blocks.",
          "markdownDescription": "Nội dung của phụ lục: đoạn văn, khoản, khối nhiệm vụ, bảng.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          },
          "maxItems": 500
        },
        "landscape": {
          "title": "Khổ ngang (landscape)",
          "description": "In khổ ngang (bảng rộng). — Print landscape.",
          "markdownDescription": "In khổ ngang (bảng rộng).",
          "default": false,
          "type": "boolean"
        },
        "attachedLead": {
          "title": "Từ dẫn dòng kèm theo (attachment words)",
          "description": "Mặc định “Kèm theo”; ví dụ “Ban hành kèm theo”. — Default “Kèm theo”; e.g. “Ban hành kèm theo”.",
          "markdownDescription": "Mặc định “Kèm theo”; ví dụ “Ban hành kèm theo”.",
          "default": "Kèm theo",
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "parentLink": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "title": "Kế hoạch cấp trên (Parent plan)",
      "description": "Kế hoạch cấp trên mà kế hoạch này nhân bản từ đó. — The higher plan this one was cloned from.",
      "markdownDescription": "Kế hoạch cấp trên mà kế hoạch này nhân bản từ đó.",
      "properties": {
        "title": {
          "title": "Trích yếu (title)",
          "description": "Trích yếu kế hoạch cấp trên. — Its title.",
          "markdownDescription": "Trích yếu kế hoạch cấp trên.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "number": {
          "title": "Số, ký hiệu (number and symbol)",
          "description": "Ví dụ 15/KH-UBND. — e.g. 15/KH-UBND.",
          "markdownDescription": "Ví dụ 15/KH-UBND.",
          "type": "string",
          "maxLength": 60
        },
        "date": {
          "$ref": "#/$defs/date",
          "title": "Ngày (date)",
          "description": "Ngày ban hành. — Date of issue.",
          "markdownDescription": "Ngày ban hành."
        },
        "issuer": {
          "title": "Cơ quan ban hành (issuer)",
          "description": "Cơ quan ban hành. — The issuer.",
          "markdownDescription": "Cơ quan ban hành.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "hash": {
          "title": "Mã băm (content hash)",
          "description": "Mã băm nội dung bản cấp trên lúc nhân bản. — Content hash of the parent version cloned.",
          "markdownDescription": "Mã băm nội dung bản cấp trên lúc nhân bản.",
          "type": "string",
          "pattern": "^sha256:[0-9a-f]{64}$"
        },
        "file": {
          "title": "Tệp (file)",
          "description": "Tên tệp kế hoạch cấp trên (tham khảo). — The parent's file name, for reference.",
          "markdownDescription": "Tên tệp kế hoạch cấp trên (tham khảo).",
          "type": "string",
          "maxLength": 500
        },
        "tasks": {
          "title": "Ảnh chụp nhiệm vụ cấp trên (parent tasks snapshot)",
          "description": "Mọi nhiệm vụ của kế hoạch cấp trên lúc nhân bản, để kiểm tra độ phủ và thay đổi. — Every parent task at cloning time, for coverage and drift.",
          "markdownDescription": "Mọi nhiệm vụ của kế hoạch cấp trên lúc nhân bản, để kiểm tra độ phủ và thay đổi.",
          "type": "array",
          "maxItems": 1000,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "carried",
              "hash",
              "timeHash"
            ],
            "properties": {
              "id": {
                "title": "Mã (id)",
                "description": "Mã nhiệm vụ cấp trên. — Parent task id.",
                "markdownDescription": "Mã nhiệm vụ cấp trên.",
                "type": "string"
              },
              "ref": {
                "title": "Mục (reference)",
                "description": "Số mục cấp trên. — Parent reference.",
                "markdownDescription": "Số mục cấp trên.",
                "type": "string"
              },
              "carried": {
                "title": "Thuộc cấp này (falls to this level)",
                "description": "true nếu nhiệm vụ thuộc về cấp của đơn vị (phải được thực hiện). — true if the task falls to the unit's level.",
                "markdownDescription": "true nếu nhiệm vụ thuộc về cấp của đơn vị (phải được thực hiện).",
                "type": "boolean"
              },
              "hash": {
                "title": "Băm nội dung (text hash)",
                "description": "Băm nội dung lúc nhân bản. — Text hash when cloned.",
                "markdownDescription": "Băm nội dung lúc nhân bản.",
                "type": "string",
                "pattern": "^[0-9a-f]{16}$"
              },
              "timeHash": {
                "title": "Băm thời gian (time hash)",
                "description": "Băm thời gian lúc nhân bản. — Time hash when cloned.",
                "markdownDescription": "Băm thời gian lúc nhân bản.",
                "type": "string",
                "pattern": "^[0-9a-f]{16}$"
              },
              "text": {
                "title": "Nhiệm vụ nêu trong lời văn (duty in text)",
                "description": "true: một nhiệm vụ của cấp dưới chỉ nêu trong một đoạn văn của kế hoạch cấp trên (không phải dữ liệu nhiệm vụ); id có dạng text:<mục>. — true: a duty of the lower level stated only in a paragraph of the parent; its id is text:<ref>.",
                "markdownDescription": "true: một nhiệm vụ của cấp dưới chỉ nêu trong một đoạn văn của kế hoạch cấp trên (không phải dữ liệu nhiệm vụ); id có dạng text:\\<mục\\>.",
                "type": "boolean"
              },
              "unclassified": {
                "title": "Không xác định được cơ quan (unclassified)",
                "description": "true: nhiệm vụ không nêu cơ quan nào (hoặc cơ quan không ánh xạ được) nên không biết có thuộc cấp này không; độ phủ tính cả nhiệm vụ này. — true: the task names no agency that could be mapped, so whether it falls to this level is unknown; coverage counts it.",
                "markdownDescription": "true: nhiệm vụ không nêu cơ quan nào (hoặc cơ quan không ánh xạ được) nên không biết có thuộc cấp này không; độ phủ tính cả nhiệm vụ này.",
                "type": "boolean"
              }
            }
          }
        }
      }
    },
    "itemStyle": {
      "title": "Kiểu trình bày (presentation style)",
      "description": "Cách trình bày: number (1.), subnumber (2.1.), letter (a), b), đ)…), paren-number ((1), (2)…), dash (-), plus (+), star (*), plain (không đánh số). Số thứ tự luôn được sinh tự động. — How an item is presented; numbers are always generated, never typed.",
      "markdownDescription": "Cách trình bày: number (1.), subnumber (2.1.), letter (a), b), đ)…), paren-number ((1), (2)…), dash (-), plus (+), star (\\*), plain (không đánh số). Số thứ tự luôn được sinh tự động.",
      "enum": [
        "number",
        "subnumber",
        "letter",
        "paren-number",
        "dash",
        "plus",
        "star",
        "plain"
      ],
      "markdownEnumDescriptions": [
        "1., 2., 3.",
        "2.1., 2.2.",
        "a), b), c), đ) …",
        "(1), (2) …",
        "Gạch đầu dòng -",
        "Dấu +",
        "Dấu *",
        "Đoạn văn, không đánh số"
      ],
      "enumDescriptions": [
        "1., 2., 3.",
        "2.1., 2.2.",
        "a), b), c), đ) …",
        "(1), (2) …",
        "Gạch đầu dòng -",
        "Dấu +",
        "Dấu *",
        "Đoạn văn, không đánh số"
      ],
      "errorMessage": "Chọn một trong: number (1., 2., 3.), subnumber (2.1., 2.2.), letter (a), b), c), đ) …), paren-number ((1), (2) …), dash (Gạch đầu dòng -), plus (Dấu +), star (Dấu *), plain (Đoạn văn, không đánh số)."
    },
    "sectionStyle": {
      "title": "Kiểu đánh số mục (section numbering)",
      "description": "roman (I., II.), number (1., 2.) hoặc plain (không đánh số). — roman (I.), number (1.) or plain.",
      "markdownDescription": "roman (I., II.), number (1., 2.) hoặc plain (không đánh số).",
      "enum": [
        "roman",
        "number",
        "plain"
      ],
      "markdownEnumDescriptions": [
        "I., II., III.",
        "1., 2., 3.",
        "Không đánh số"
      ],
      "enumDescriptions": [
        "I., II., III.",
        "1., 2., 3.",
        "Không đánh số"
      ],
      "errorMessage": "Chọn một trong: roman (I., II., III.), number (1., 2., 3.), plain (Không đánh số)."
    },
    "role": {
      "title": "Vai trò (role)",
      "description": "Phần này nói về gì: goals (mục đích, yêu cầu), purposes, requirements, objectives (mục tiêu), targets (chỉ tiêu), situation (tình hình), concepts (khái niệm), tasks (nhiệm vụ), solutions (giải pháp), implementation (tổ chức thực hiện), funding (kinh phí), reporting (chế độ báo cáo), recommendations (kiến nghị), rewards (khen thưởng), rules (thể lệ), schedule (tiến độ), review (sơ kết), other. — What this part is about; used by the checker, clone and trace, never printed.",
      "markdownDescription": "Phần này nói về gì: goals (mục đích, yêu cầu), purposes, requirements, objectives (mục tiêu), targets (chỉ tiêu), situation (tình hình), concepts (khái niệm), tasks (nhiệm vụ), solutions (giải pháp), implementation (tổ chức thực hiện), funding (kinh phí), reporting (chế độ báo cáo), recommendations (kiến nghị), rewards (khen thưởng), rules (thể lệ), schedule (tiến độ), review (sơ kết), other.",
      "enum": [
        "goals",
        "purposes",
        "requirements",
        "objectives",
        "targets",
        "situation",
        "concepts",
        "tasks",
        "solutions",
        "implementation",
        "funding",
        "reporting",
        "recommendations",
        "rewards",
        "rules",
        "schedule",
        "review",
        "other"
      ],
      "markdownEnumDescriptions": [
        "Mục đích, yêu cầu",
        "Mục đích",
        "Yêu cầu",
        "Mục tiêu",
        "Chỉ tiêu",
        "Tình hình, thực trạng",
        "Khái niệm, giải thích từ ngữ",
        "Nhiệm vụ",
        "Giải pháp",
        "Tổ chức thực hiện",
        "Kinh phí",
        "Chế độ báo cáo",
        "Kiến nghị, đề xuất",
        "Khen thưởng",
        "Thể lệ",
        "Tiến độ, lịch",
        "Sơ kết, tổng kết",
        "Khác"
      ],
      "enumDescriptions": [
        "Mục đích, yêu cầu",
        "Mục đích",
        "Yêu cầu",
        "Mục tiêu",
        "Chỉ tiêu",
        "Tình hình, thực trạng",
        "Khái niệm, giải thích từ ngữ",
        "Nhiệm vụ",
        "Giải pháp",
        "Tổ chức thực hiện",
        "Kinh phí",
        "Chế độ báo cáo",
        "Kiến nghị, đề xuất",
        "Khen thưởng",
        "Thể lệ",
        "Tiến độ, lịch",
        "Sơ kết, tổng kết",
        "Khác"
      ],
      "errorMessage": "Chọn một trong: goals (Mục đích, yêu cầu), purposes (Mục đích), requirements (Yêu cầu), objectives (Mục tiêu), targets (Chỉ tiêu), situation (Tình hình, thực trạng), concepts (Khái niệm, giải thích từ ngữ), tasks (Nhiệm vụ), solutions (Giải pháp), implementation (Tổ chức thực hiện), funding (Kinh phí), reporting (Chế độ báo cáo), recommendations (Kiến nghị, đề xuất), rewards (Khen thưởng), rules (Thể lệ), schedule (Tiến độ, lịch), review (Sơ kết, tổng kết), other (Khác)."
    },
    "basis": {
      "type": "object",
      "additionalProperties": false,
      "title": "Đoạn căn cứ (basis paragraph)",
      "description": "Một đoạn mở đầu: từ dẫn (Căn cứ, Thực hiện, Xét, Theo đề nghị …) và các văn bản được dẫn, hoặc một đoạn viết tự do. — One opening paragraph: a lead word and the cited documents, or free text.",
      "markdownDescription": "Một đoạn mở đầu: từ dẫn (`lead`, mặc định “Căn cứ”) và các văn bản được dẫn (`references`), hoặc một đoạn viết tự do (`text`).",
      "properties": {
        "lead": {
          "title": "Từ dẫn (lead word)",
          "description": "Ví dụ Căn cứ, Thực hiện, Xét, Theo đề nghị của; mặc định “Căn cứ”. — e.g. Căn cứ, Thực hiện; default “Căn cứ”.",
          "markdownDescription": "Từ dẫn đầu đoạn, ví dụ “Căn cứ”, “Thực hiện”, “Xét”, “Theo đề nghị của”. Mặc định “Căn cứ”.",
          "examples": [
            "Căn cứ",
            "Thực hiện",
            "Theo đề nghị của"
          ],
          "default": "Căn cứ",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "references": {
          "title": "Văn bản được dẫn (references)",
          "description": "Các văn bản, nối bằng “; ” (hoặc separator). — The documents cited, joined by “; ”.",
          "markdownDescription": "Các văn bản của đoạn này, nối bằng “; ”. Mỗi văn bản: `type`, `number`, `date`, `issuer`, `subject`.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reference"
          },
          "minItems": 1,
          "maxItems": 100
        },
        "separator": {
          "title": "Dấu nối (separator)",
          "description": "Chuỗi nối các văn bản; mặc định “; ”. — String between references; default “; ”.",
          "markdownDescription": "Chuỗi nối các văn bản; mặc định “; ”.",
          "default": "; ",
          "type": "string",
          "minLength": 0,
          "maxLength": 20000
        },
        "text": {
          "title": "Nội dung (text)",
          "description": "Đoạn viết tự do (markdown nội dòng); nếu có references thì in sau các trích dẫn. — Free text (inline markdown); after the citations when there are references.",
          "markdownDescription": "Đoạn viết tự do (markdown nội dòng); nếu có references thì in sau các trích dẫn.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "each": {
          "title": "Mỗi văn bản một đoạn (one paragraph each)",
          "description": "true: mỗi văn bản một đoạn, cùng từ dẫn. — true: each reference is its own paragraph with the lead word.",
          "markdownDescription": "true: mỗi văn bản một đoạn, cùng từ dẫn.",
          "type": "boolean"
        }
      }
    },
    "spokenPeriod": {
      "type": "object",
      "additionalProperties": false,
      "title": "Kỳ (period of speech)",
      "description": "Một kỳ như người viết nói: tháng 5/2026 (month, year), quý II/2026 (quarter), 6 tháng đầu năm (half: 1), năm 2026 (year), năm học 2020 - 2021 (schoolYear). — A period as written: month, quarter, half-year, year or school year.",
      "markdownDescription": "Một kỳ như người viết nói: tháng 5/2026 (month, year), quý II/2026 (quarter), 6 tháng đầu năm (half: 1), năm 2026 (year), năm học 2020 - 2021 (schoolYear).",
      "properties": {
        "year": {
          "title": "Năm (year)",
          "description": "Năm của kỳ. — The year.",
          "markdownDescription": "Năm của kỳ.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "month": {
          "title": "Tháng (month)",
          "description": "Tháng trong năm. — Month of the year.",
          "markdownDescription": "Tháng trong năm.",
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        },
        "quarter": {
          "title": "Quý (quarter)",
          "description": "Quý 1–4. — Quarter 1–4.",
          "markdownDescription": "Quý 1–4.",
          "type": "integer",
          "minimum": 1,
          "maximum": 4
        },
        "half": {
          "title": "Nửa năm (half)",
          "description": "1: 6 tháng đầu năm, 2: 6 tháng cuối năm. — 1: first half, 2: second half.",
          "markdownDescription": "1: 6 tháng đầu năm, 2: 6 tháng cuối năm.",
          "type": "integer",
          "minimum": 1,
          "maximum": 2
        },
        "schoolYear": {
          "title": "Năm học (school year)",
          "description": "Năm bắt đầu của năm học. — First year of the school year.",
          "markdownDescription": "Năm bắt đầu của năm học.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        }
      }
    },
    "labels": {
      "type": "object",
      "additionalProperties": false,
      "title": "Nhãn phân công (attribution labels)",
      "description": "Nhãn của kiểu labelled; mặc định “Đơn vị chủ trì”, “Đơn vị phối hợp”, “Đơn vị được đề nghị”, “Thời gian hoàn thành”, “Sản phẩm”. — Labels of the labelled attribution style.",
      "markdownDescription": "Nhãn của kiểu labelled; mặc định “Đơn vị chủ trì”, “Đơn vị phối hợp”, “Đơn vị được đề nghị”, “Thời gian hoàn thành”, “Sản phẩm”.",
      "properties": {
        "lead": {
          "title": "Nhãn chủ trì (lead label)",
          "description": "Ví dụ “Đơn vị tham mưu, thực hiện”. — e.g. “Đơn vị tham mưu, thực hiện”.",
          "markdownDescription": "Ví dụ “Đơn vị tham mưu, thực hiện”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "support": {
          "title": "Nhãn phối hợp (coordinating label)",
          "description": "Ví dụ “Đơn vị phối hợp”. — e.g. “Đơn vị phối hợp”.",
          "markdownDescription": "Ví dụ “Đơn vị phối hợp”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "requested": {
          "title": "Nhãn đề nghị (requested label)",
          "description": "Ví dụ “Đề nghị”. — e.g. “Đề nghị”.",
          "markdownDescription": "Ví dụ “Đề nghị”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "time": {
          "title": "Nhãn thời gian (time label)",
          "description": "Ví dụ “Thời gian hoàn thành”. — e.g. “Thời gian hoàn thành”.",
          "markdownDescription": "Ví dụ “Thời gian hoàn thành”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "output": {
          "title": "Nhãn sản phẩm (output label)",
          "description": "Ví dụ “Sản phẩm”. — e.g. “Sản phẩm”.",
          "markdownDescription": "Ví dụ “Sản phẩm”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "layout": {
          "title": "Cách in nhãn (label layout)",
          "description": "lines: mỗi nhãn một dòng gạch đầu dòng (mặc định); sentence: một đoạn, các nhãn nối bằng “; ”. — lines: one dash line per label (default); sentence: one paragraph joined by “; ”.",
          "markdownDescription": "lines: mỗi nhãn một dòng gạch đầu dòng (mặc định); sentence: một đoạn, các nhãn nối bằng “; ”.",
          "enum": [
            "lines",
            "sentence"
          ],
          "default": "lines",
          "errorMessage": "Chọn một trong: lines, sentence."
        }
      }
    },
    "taskPart": {
      "type": "object",
      "additionalProperties": false,
      "title": "Phần nhiệm vụ (task part)",
      "description": "Một dòng của nhiệm vụ trong bảng. — One row of a task in a table.",
      "markdownDescription": "Một dòng của nhiệm vụ trong bảng.",
      "properties": {
        "text": {
          "title": "Nội dung (text)",
          "description": "Nội dung riêng của phần này (nếu có). — This part's own text.",
          "markdownDescription": "Nội dung riêng của phần này (nếu có).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "output": {
          "title": "Sản phẩm (expected output)",
          "description": "Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.",
          "markdownDescription": "Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "time": {
          "$ref": "#/$defs/time"
        },
        "note": {
          "title": "Ghi chú (note)",
          "description": "Ghi chú. — A note.",
          "markdownDescription": "Ghi chú.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan (hoặc người) chủ trì. — The lead agency or person.",
          "markdownDescription": "Cơ quan (hoặc người) chủ trì."
        },
        "support": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Phối hợp (coordinating)",
          "description": "Cơ quan phối hợp. — Coordinating agencies.",
          "markdownDescription": "Cơ quan phối hợp."
        },
        "monitor": {
          "$ref": "#/$defs/agencyRefs"
        },
        "requested": {
          "$ref": "#/$defs/agencyRefs"
        }
      }
    },
    "taskBlock": {
      "type": "object",
      "additionalProperties": false,
      "title": "Khối nhiệm vụ (task block)",
      "description": "Một danh sách nhiệm vụ ở bất cứ đâu (mục, khoản, phụ lục): theo cơ quan hoặc theo chủ đề; cách ghi cơ quan sinh từ dữ liệu. — A list of tasks anywhere (section, sub-heading, appendix), by agency or by theme; the attribution wording is generated from the data.",
      "markdownDescription": "Một danh sách nhiệm vụ: theo cơ quan (`layout: by-agency`, mỗi nhóm có `lead`) hoặc theo chủ đề (`by-theme`). Lời phân công (“Sở Tư pháp chủ trì, phối hợp với …”) được sinh từ dữ liệu.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã (id)",
          "description": "Mã của khối. — An id of the block.",
          "markdownDescription": "Mã của khối."
        },
        "layout": {
          "title": "Cách trình bày (layout)",
          "description": "by-agency: nhóm theo cơ quan (1. Công an tỉnh …); by-theme: nhóm theo chủ đề, ghi phân công ở từng nhiệm vụ. — Group by agency, or by theme with attribution per task.",
          "markdownDescription": "by-agency: nhóm theo cơ quan (1. Công an tỉnh …); by-theme: nhóm theo chủ đề, ghi phân công ở từng nhiệm vụ.",
          "enum": [
            "by-agency",
            "by-theme"
          ],
          "markdownEnumDescriptions": [
            "Nhóm theo cơ quan (1. Công an tỉnh: …)",
            "Nhóm theo chủ đề; phân công ghi ở từng nhiệm vụ"
          ],
          "enumDescriptions": [
            "Nhóm theo cơ quan (1. Công an tỉnh: …)",
            "Nhóm theo chủ đề; phân công ghi ở từng nhiệm vụ"
          ],
          "errorMessage": "Chọn một trong: by-agency (Nhóm theo cơ quan (1. Công an tỉnh: …)), by-theme (Nhóm theo chủ đề; phân công ghi ở từng nhiệm vụ)."
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution style)",
          "description": "inline: đầu câu (Sở Tư pháp chủ trì, …); parenthesis: trong ngoặc cuối câu; parenthesis-paragraph: ngoặc đơn thành đoạn riêng; none.; labelled: các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …” sau mỗi nhiệm vụ. — How the attribution is printed in by-theme layout. labelled: labelled lines after each task.",
          "markdownDescription": "inline: đầu câu (Sở Tư pháp chủ trì, …); parenthesis: trong ngoặc cuối câu; parenthesis-paragraph: ngoặc đơn thành đoạn riêng; none.; labelled: các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …” sau mỗi nhiệm vụ.",
          "enum": [
            "inline",
            "parenthesis",
            "parenthesis-paragraph",
            "none",
            "labelled"
          ],
          "markdownEnumDescriptions": [
            "Đầu câu: “Sở Tư pháp chủ trì, phối hợp với …”",
            "Trong ngoặc cuối câu",
            "Trong ngoặc, thành đoạn riêng",
            "Không in phân công",
            "Các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …”"
          ],
          "enumDescriptions": [
            "Đầu câu: “Sở Tư pháp chủ trì, phối hợp với …”",
            "Trong ngoặc cuối câu",
            "Trong ngoặc, thành đoạn riêng",
            "Không in phân công",
            "Các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …”"
          ],
          "errorMessage": "Chọn một trong: inline (Đầu câu: “Sở Tư pháp chủ trì, phối hợp với …”), parenthesis (Trong ngoặc cuối câu), parenthesis-paragraph (Trong ngoặc, thành đoạn riêng), none (Không in phân công), labelled (Các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …”)."
        },
        "labels": {
          "$ref": "#/$defs/labels"
        },
        "singleTask": {
          "title": "Nhóm một nhiệm vụ (single-task groups)",
          "description": "Theo cơ quan, nhóm chỉ có một nhiệm vụ: paragraph (đoạn riêng) hoặc inline (sau dấu hai chấm). — By agency, a group with one task: its own paragraph, or after a colon.",
          "markdownDescription": "Theo cơ quan, nhóm chỉ có một nhiệm vụ: paragraph (đoạn riêng) hoặc inline (sau dấu hai chấm).",
          "enum": [
            "paragraph",
            "inline"
          ],
          "errorMessage": "Chọn một trong: paragraph, inline."
        },
        "groupStyle": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu đánh số nhóm (group numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "markdownDescription": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động."
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle",
          "title": "Kiểu đánh số nhiệm vụ (task numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "markdownDescription": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động."
        },
        "groups": {
          "title": "Các nhóm (groups)",
          "description": "Các nhóm nhiệm vụ theo thứ tự in. — Task groups in printed order.",
          "markdownDescription": "Các nhóm nhiệm vụ theo thứ tự in.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/taskGroup"
          },
          "maxItems": 100
        },
        "tasks": {
          "title": "Nhiệm vụ (tasks)",
          "description": "Nhiệm vụ không thuộc nhóm nào. — Tasks outside any group.",
          "markdownDescription": "Nhiệm vụ không thuộc nhóm nào.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/task"
          },
          "maxItems": 1000
        }
      }
    },
    "ownPlans": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agencies"
      ],
      "title": "Xây dựng kế hoạch riêng (own plans)",
      "description": "Các cơ quan phải xây dựng kế hoạch triển khai và hạn. — Who must issue their own implementing plan, and by when.",
      "markdownDescription": "Các cơ quan phải xây dựng kế hoạch triển khai và hạn.",
      "properties": {
        "agencies": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan (agencies)",
          "description": "Các cơ quan phải có kế hoạch. — The agencies.",
          "markdownDescription": "Các cơ quan phải có kế hoạch."
        },
        "time": {
          "$ref": "#/$defs/time"
        }
      }
    },
    "facts": {
      "type": "object",
      "additionalProperties": false,
      "title": "Dữ liệu tổ chức thực hiện (implementation facts)",
      "description": "Dữ liệu máy đọc được của phần tổ chức thực hiện, đặt tại chỗ kế hoạch nói đến: cơ quan thường trực, kế hoạch riêng, chế độ báo cáo, kinh phí, đầu mối liên hệ. Chế độ báo cáo mà lời văn của phần đó chưa nói được in thành câu của phần đó (“… báo cáo kết quả thực hiện … trước ngày 15/6 hằng năm.”); các dữ liệu khác không in ra. — The machine facts of the implementation, kept where the plan states them: focal agency, own plans, reporting, funding, contacts. Reporting duties the part's words do not state are printed as its sentences; the rest is not printed.",
      "markdownDescription": "Dữ liệu máy đọc được của phần tổ chức thực hiện, đặt tại chỗ kế hoạch nói đến: cơ quan thường trực, kế hoạch riêng, chế độ báo cáo, kinh phí, đầu mối liên hệ. **Chế độ báo cáo** mà lời văn của phần đó chưa nói được in thành câu của phần đó (“Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng về Công an tỉnh trước ngày 15/6 hằng năm.”); các dữ liệu khác không in ra.",
      "properties": {
        "focalAgency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan thường trực (focal agency)",
          "description": "Cơ quan thường trực, theo dõi, tổng hợp. — The focal agency that follows up and sums up.",
          "markdownDescription": "Cơ quan thường trực, theo dõi, tổng hợp."
        },
        "ownPlans": {
          "anyOf": [
            {
              "$ref": "#/$defs/agencyRefs"
            },
            {
              "$ref": "#/$defs/ownPlans"
            }
          ],
          "title": "Kế hoạch riêng (own plans)",
          "description": "Mã các cơ quan phải xây dựng kế hoạch, hoặc {agencies, time}. — Agencies that must issue their own plans, or {agencies, time}.",
          "markdownDescription": "Mã các cơ quan phải xây dựng kế hoạch, hoặc {agencies, time}."
        },
        "reporting": {
          "$ref": "#/$defs/reporting",
          "title": "Chế độ báo cáo (reporting)",
          "description": "Lịch báo cáo định kỳ. — The reporting schedule.",
          "markdownDescription": "Lịch báo cáo định kỳ."
        },
        "funding": {
          "$ref": "#/$defs/text",
          "title": "Kinh phí (funding)",
          "description": "Nguồn kinh phí. — Funding.",
          "markdownDescription": "Nguồn kinh phí."
        },
        "contacts": {
          "$ref": "#/$defs/text",
          "title": "Đầu mối liên hệ (contacts)",
          "description": "Nơi liên hệ khi có khó khăn, vướng mắc. — Who to contact.",
          "markdownDescription": "Nơi liên hệ khi có khó khăn, vướng mắc."
        }
      }
    },
    "cell": {
      "title": "Ô (cell)",
      "description": "Nội dung một ô (markdown nội dòng), hoặc {text, colSpan, rowSpan, align, bold}. — A cell: text, or {text, colSpan, rowSpan, align, bold}.",
      "markdownDescription": "Nội dung một ô (markdown nội dòng), hoặc {text, colSpan, rowSpan, align, bold}.",
      "anyOf": [
        {
          "type": "string",
          "maxLength": 20000
        },
        {
          "type": "object",
          "additionalProperties": false,
          "title": "Ô (cell)",
          "description": "Ô có gộp hoặc định dạng. — A merged or formatted cell.",
          "markdownDescription": "Ô có gộp hoặc định dạng.",
          "properties": {
            "text": {
              "$ref": "#/$defs/text"
            },
            "colSpan": {
              "title": "Gộp ngang (column span)",
              "description": "Số cột ô chiếm. — Columns spanned.",
              "markdownDescription": "Số cột ô chiếm.",
              "type": "integer",
              "minimum": 1,
              "maximum": 50
            },
            "rowSpan": {
              "title": "Gộp dọc (row span)",
              "description": "Số dòng ô chiếm. — Rows spanned.",
              "markdownDescription": "Số dòng ô chiếm.",
              "type": "integer",
              "minimum": 1,
              "maximum": 500
            },
            "align": {
              "title": "Căn lề (alignment)",
              "description": "left, center, right, justify. — Horizontal alignment.",
              "markdownDescription": "left, center, right, justify.",
              "enum": [
                "left",
                "center",
                "right",
                "justify"
              ],
              "errorMessage": "Chọn một trong: left, center, right, justify."
            },
            "bold": {
              "title": "Đậm (bold)",
              "description": "In đậm cả ô. — Bold.",
              "markdownDescription": "In đậm cả ô.",
              "type": "boolean"
            }
          }
        }
      ]
    },
    "column": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "title": "Cột (column)",
      "description": "Một cột của bảng: tiêu đề, độ rộng tương đối, trường dữ liệu (bảng nhiệm vụ, bảng chỉ tiêu). — A table column: title, relative width and, for task or target tables, the field it shows.",
      "markdownDescription": "Một cột của bảng: tiêu đề, độ rộng tương đối, trường dữ liệu (bảng nhiệm vụ, bảng chỉ tiêu).",
      "properties": {
        "title": {
          "title": "Tiêu đề cột (column title)",
          "description": "Ví dụ “Tên nhiệm vụ”. — e.g. “Tên nhiệm vụ”.",
          "markdownDescription": "Ví dụ “Tên nhiệm vụ”.",
          "type": "string",
          "minLength": 0,
          "maxLength": 20000
        },
        "width": {
          "title": "Độ rộng (width)",
          "description": "Độ rộng tương đối (các cột chia theo tỉ lệ). — Relative width.",
          "markdownDescription": "Độ rộng tương đối (các cột chia theo tỉ lệ).",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000
        },
        "field": {
          "title": "Trường (field)",
          "description": "Bảng nhiệm vụ: number (TT), text, output, time, lead, support, requested, monitor, note. Bảng chỉ tiêu: number, text, unit, baseline, target, year, result, note, hoặc value:<năm>. — Task tables: number, text, output, time, lead, support, requested, monitor, note. Target tables: number, text, unit, baseline, target, year, result, note, or value:<year>.",
          "markdownDescription": "Bảng nhiệm vụ: number (TT), text, output, time, lead, support, requested, monitor, note. Bảng chỉ tiêu: number, text, unit, baseline, target, year, result, note, hoặc value:\\<năm\\>.",
          "type": "string",
          "pattern": "^(number|text|output|time|lead|support|requested|monitor|note|unit|baseline|target|year|result|value:[0-9]{4})$"
        },
        "align": {
          "title": "Căn lề (alignment)",
          "description": "left, center, right, justify. — Alignment of the column's cells.",
          "markdownDescription": "left, center, right, justify.",
          "enum": [
            "left",
            "center",
            "right",
            "justify"
          ],
          "errorMessage": "Chọn một trong: left, center, right, justify."
        }
      }
    },
    "target": {
      "type": "object",
      "additionalProperties": false,
      "title": "Chỉ tiêu (target row)",
      "description": "Một chỉ tiêu của bảng chỉ tiêu: nội dung, đơn vị, giá trị nền, giá trị theo năm, kết quả. — An indicator row: text, unit, baseline, values per year, result.",
      "markdownDescription": "Một chỉ tiêu của bảng chỉ tiêu: nội dung, đơn vị, giá trị nền, giá trị theo năm, kết quả.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "text": {
          "$ref": "#/$defs/text"
        },
        "unit": {
          "title": "Đơn vị tính (unit)",
          "description": "Ví dụ %, xã, người. — e.g. %.",
          "markdownDescription": "Ví dụ %, xã, người.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "baseline": {
          "title": "Giá trị nền (baseline)",
          "description": "Giá trị hiện tại. — Current value.",
          "markdownDescription": "Giá trị hiện tại.",
          "type": [
            "number",
            "string"
          ]
        },
        "target": {
          "title": "Chỉ tiêu (target)",
          "description": "Giá trị phải đạt. — Target value.",
          "markdownDescription": "Giá trị phải đạt.",
          "type": [
            "number",
            "string"
          ]
        },
        "year": {
          "title": "Năm đạt (year)",
          "description": "Năm phải đạt. — Target year.",
          "markdownDescription": "Năm phải đạt.",
          "type": "integer",
          "minimum": 1900,
          "maximum": 2200
        },
        "values": {
          "title": "Giá trị theo năm (values per year)",
          "description": "Khóa là năm, ví dụ {2026: 50, 2027: 60}. — Keyed by year.",
          "markdownDescription": "Khóa là năm, ví dụ {2026: 50, 2027: 60}.",
          "type": "object",
          "propertyNames": {
            "pattern": "^[0-9]{4}$"
          },
          "additionalProperties": {
            "type": [
              "number",
              "string"
            ]
          },
          "maxProperties": 50
        },
        "result": {
          "title": "Kết quả (result)",
          "description": "Kết quả đạt được. — Achieved result.",
          "markdownDescription": "Kết quả đạt được.",
          "type": [
            "number",
            "string"
          ]
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan (hoặc người) chủ trì. — The lead agency or person.",
          "markdownDescription": "Cơ quan (hoặc người) chủ trì."
        },
        "note": {
          "title": "Ghi chú (note)",
          "description": "Ghi chú. — A note.",
          "markdownDescription": "Ghi chú.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "tableGroup": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "title": "Nhóm dòng (row group)",
      "description": "Một dòng nhóm (I, II … trong bảng nhiệm vụ) và các dòng của nó. — A group row (I, II …) and its rows.",
      "markdownDescription": "Một dòng nhóm (I, II … trong bảng nhiệm vụ) và các dòng của nó.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "title": {
          "title": "Tiêu đề nhóm (group title)",
          "description": "Nội dung dòng nhóm, in đậm, gộp các cột sau cột TT. — Text of the group row, bold, spanning the columns after TT.",
          "markdownDescription": "Nội dung dòng nhóm, in đậm, gộp các cột sau cột TT.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "rows": {
          "title": "Các dòng (rows)",
          "description": "Dòng của nhóm: nhiệm vụ (bảng nhiệm vụ), chỉ tiêu (bảng chỉ tiêu) hoặc danh sách ô. — Rows of the group.",
          "markdownDescription": "Dòng của nhóm: nhiệm vụ (bảng nhiệm vụ), chỉ tiêu (bảng chỉ tiêu) hoặc danh sách ô.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/row"
          },
          "maxItems": 1000
        },
        "groups": {
          "title": "Nhóm con (sub-groups)",
          "description": "Nhóm con (1, 2 …). — Sub-groups.",
          "markdownDescription": "Nhóm con (1, 2 …).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/tableGroup"
          },
          "maxItems": 100
        }
      }
    },
    "row": {
      "title": "Dòng (row)",
      "description": "Một dòng: danh sách ô (bảng thường), một nhiệm vụ (bảng nhiệm vụ) hoặc một chỉ tiêu (bảng chỉ tiêu). — A row: a list of cells, a task, or a target.",
      "markdownDescription": "Một dòng: danh sách ô (bảng thường), một nhiệm vụ (bảng nhiệm vụ) hoặc một chỉ tiêu (bảng chỉ tiêu).",
      "anyOf": [
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/cell"
          },
          "maxItems": 50
        },
        {
          "$ref": "#/$defs/task"
        },
        {
          "$ref": "#/$defs/target"
        }
      ]
    },
    "table": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "columns"
      ],
      "title": "Bảng (table)",
      "description": "Một bảng: dòng tiêu đề (có thể gộp ô), các dòng hoặc nhóm dòng. Bảng nhiệm vụ (kind: tasks): mỗi dòng là một nhiệm vụ, cột ánh xạ tới trường; bảng chỉ tiêu (kind: targets). — A table with header rows (merged cells allowed), rows or row groups; a task table maps each row to a task, a target table holds indicators.",
      "markdownDescription": "Một bảng: dòng tiêu đề (có thể gộp ô), các dòng hoặc nhóm dòng. Bảng nhiệm vụ (kind: tasks): mỗi dòng là một nhiệm vụ, cột ánh xạ tới trường; bảng chỉ tiêu (kind: targets).",
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "kind": {
          "title": "Loại bảng (table kind)",
          "description": "plain (mặc định), tasks (bảng nhiệm vụ), targets (bảng chỉ tiêu). — plain (default), tasks or targets.",
          "markdownDescription": "plain (mặc định), tasks (bảng nhiệm vụ), targets (bảng chỉ tiêu).",
          "enum": [
            "plain",
            "tasks",
            "targets"
          ],
          "markdownEnumDescriptions": [
            "Bảng thường (mặc định)",
            "Bảng nhiệm vụ: mỗi dòng là một nhiệm vụ",
            "Bảng chỉ tiêu"
          ],
          "enumDescriptions": [
            "Bảng thường (mặc định)",
            "Bảng nhiệm vụ: mỗi dòng là một nhiệm vụ",
            "Bảng chỉ tiêu"
          ],
          "default": "plain",
          "errorMessage": "Chọn một trong: plain (Bảng thường (mặc định)), tasks (Bảng nhiệm vụ: mỗi dòng là một nhiệm vụ), targets (Bảng chỉ tiêu)."
        },
        "title": {
          "title": "Tên bảng (caption)",
          "description": "Tên bảng in đậm phía trên. — A bold caption above the table.",
          "markdownDescription": "Tên bảng in đậm phía trên.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "columns": {
          "title": "Các cột (columns)",
          "description": "Các cột, theo thứ tự. — The columns in order.",
          "markdownDescription": "Các cột, theo thứ tự.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/column"
          },
          "minItems": 1,
          "maxItems": 50
        },
        "header": {
          "title": "Dòng tiêu đề (header rows)",
          "description": "Các dòng tiêu đề có gộp ô; bỏ trống thì dùng tiêu đề các cột. Dòng tiêu đề lặp lại ở mỗi trang. — Header rows with merged cells; default one row of column titles; repeated on every page.",
          "markdownDescription": "Các dòng tiêu đề có gộp ô; bỏ trống thì dùng tiêu đề các cột. Dòng tiêu đề lặp lại ở mỗi trang.",
          "type": "array",
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/cell"
            },
            "maxItems": 50
          },
          "maxItems": 10
        },
        "rows": {
          "title": "Các dòng (rows)",
          "description": "Các dòng không thuộc nhóm. — Rows outside groups.",
          "markdownDescription": "Các dòng không thuộc nhóm.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/row"
          },
          "maxItems": 2000
        },
        "groups": {
          "title": "Nhóm dòng (row groups)",
          "description": "Các nhóm (I, II …). — Row groups.",
          "markdownDescription": "Các nhóm (I, II …).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/tableGroup"
          },
          "maxItems": 200
        },
        "groupStyle": {
          "title": "Đánh số nhóm (group numbering)",
          "description": "roman (I, II, mặc định), number, letter, plain. — How group rows are numbered.",
          "markdownDescription": "roman (I, II, mặc định), number, letter, plain.",
          "enum": [
            "roman",
            "number",
            "letter",
            "plain"
          ],
          "default": "roman",
          "errorMessage": "Chọn một trong: roman, number, letter, plain."
        },
        "landscape": {
          "title": "Trang ngang (landscape)",
          "description": "true: bảng in trên trang khổ ngang. — true: printed on a landscape page.",
          "markdownDescription": "true: bảng in trên trang khổ ngang.",
          "type": "boolean"
        },
        "fontSize": {
          "title": "Cỡ chữ (font size)",
          "description": "Cỡ chữ trong bảng: 12 hoặc 13 (mặc định 12). — 12 or 13 points (default 12).",
          "markdownDescription": "Cỡ chữ trong bảng: 12 hoặc 13 (mặc định 12).",
          "enum": [
            11,
            12,
            13
          ],
          "default": 12,
          "errorMessage": "Chọn một trong: 11, 12, 13."
        }
      }
    },
    "block": {
      "title": "Khối (block)",
      "description": "Một khối nội dung: đoạn văn (chuỗi), khoản (item), khối nhiệm vụ ({tasks: …}) hoặc bảng ({table: …}). — A block: a paragraph (string), an item, a task block ({tasks: …}) or a table ({table: …}).",
      "markdownDescription": "Một khối nội dung: đoạn văn (chuỗi), khoản (có `title`/`text`/`items`), khối nhiệm vụ (`tasks: { … }`) hoặc bảng (`table: { … }`).",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 20000,
          "errorMessage": "Một đoạn văn, không để trống. Đoạn có dấu “: ” (như “Mục đích: …”) bị YAML đọc thành cặp khóa–giá trị: đặt cả đoạn trong ngoặc kép, ví dụ - \"Mục đích: …\"."
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tasks"
          ],
          "title": "Khối nhiệm vụ (task block)",
          "description": "Nhiệm vụ có cơ quan và thời gian là dữ liệu. — Tasks with agencies and times as data.",
          "markdownDescription": "Nhiệm vụ có cơ quan và thời gian là dữ liệu.",
          "properties": {
            "tasks": {
              "$ref": "#/$defs/taskBlock"
            }
          }
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "table"
          ],
          "title": "Khối bảng (table block)",
          "description": "Một bảng. — A table.",
          "markdownDescription": "Một bảng.",
          "properties": {
            "table": {
              "$ref": "#/$defs/table"
            }
          }
        },
        {
          "$ref": "#/$defs/item"
        }
      ]
    },
    "section": {
      "type": "object",
      "additionalProperties": false,
      "required": [],
      "title": "Mục (section)",
      "description": "Một mục lớn (I., II. …): tiêu đề in hoa, đậm; các khối nội dung theo thứ tự. — A section (I., II. …): an upper-case bold heading and its ordered blocks.",
      "markdownDescription": "Một mục lớn (I., II. …): tiêu đề (`title`) in hoa, đậm, và các khối nội dung (`items`) theo thứ tự: đoạn văn, khoản, khối nhiệm vụ (`tasks`), bảng (`table`).",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã (id)",
          "description": "Mã ổn định của mục. — A stable id.",
          "markdownDescription": "Mã ổn định của mục."
        },
        "title": {
          "title": "Tiêu đề mục (section heading)",
          "description": "Ví dụ “MỤC ĐÍCH, YÊU CẦU”; in hoa khi in. Bỏ trống: các khối in không có tiêu đề và không đánh số (đoạn kết “Trên đây là …”). — e.g. “MỤC ĐÍCH, YÊU CẦU”; printed upper case. Without a title the blocks print with no heading and no number (closing paragraphs).",
          "markdownDescription": "Tiêu đề mục, ví dụ “MỤC ĐÍCH, YÊU CẦU”; in hoa khi in. Không gõ số “I.” — số được sinh tự động. Bỏ trống: các khối in không có tiêu đề (đoạn kết “Trên đây là …”).",
          "examples": [
            "MỤC ĐÍCH, YÊU CẦU",
            "TỔ CHỨC THỰC HIỆN"
          ],
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "role": {
          "$ref": "#/$defs/role"
        },
        "style": {
          "$ref": "#/$defs/sectionStyle"
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn đầu mục (lead paragraphs)",
          "description": "Các đoạn in ngay sau tiêu đề mục. — Paragraphs right after the heading.",
          "markdownDescription": "Các đoạn in ngay sau tiêu đề mục."
        },
        "inline": {
          "title": "Cùng dòng (inline)",
          "description": "true: tiêu đề và đoạn đầu trên một đoạn (mục đánh số Ả Rập như “4. Thời gian thực hiện: …”). — true: heading and first paragraph in one paragraph.",
          "markdownDescription": "true: tiêu đề và đoạn đầu trên một đoạn (mục đánh số Ả Rập như “4. Thời gian thực hiện: …”).",
          "type": "boolean"
        },
        "itemStyle": {
          "$ref": "#/$defs/itemStyle"
        },
        "items": {
          "title": "Các khối (blocks)",
          "description": "Nội dung của mục theo thứ tự: đoạn văn, khoản, khối nhiệm vụ, bảng. — The section's blocks in order.",
          "markdownDescription": "Nội dung của mục theo thứ tự. Mỗi phần tử là một **khối**: một đoạn văn (chuỗi), một khoản (`title`, `text`, `items`), một khối nhiệm vụ (`tasks: …`) hoặc một bảng (`table: …`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          },
          "maxItems": 500
        },
        "facts": {
          "$ref": "#/$defs/facts"
        },
        "titleCase": {
          "title": "Cách viết tiêu đề (heading case)",
          "description": "upper (in hoa, mặc định) hoặc as-written (giữ như viết, ví dụ “1. Hoàn thiện hạ tầng …”). — upper (default) or as-written.",
          "markdownDescription": "upper (in hoa, mặc định) hoặc as-written (giữ như viết, ví dụ “1. Hoàn thiện hạ tầng …”).",
          "enum": [
            "upper",
            "as-written"
          ],
          "markdownEnumDescriptions": [
            "In hoa (mặc định)",
            "Giữ như viết"
          ],
          "enumDescriptions": [
            "In hoa (mặc định)",
            "Giữ như viết"
          ],
          "default": "upper",
          "errorMessage": "Chọn một trong: upper (In hoa (mặc định)), as-written (Giữ như viết)."
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "part": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "part",
        "sections"
      ],
      "title": "Phần (part)",
      "description": "PHẦN I, PHẦN II … chứa các mục; số thứ tự các mục bắt đầu lại trong mỗi phần. — PHẦN I, II … above the sections; section numbers restart in each part.",
      "markdownDescription": "PHẦN I, PHẦN II … chứa các mục; số thứ tự các mục bắt đầu lại trong mỗi phần.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "part": {
          "title": "Tiêu đề phần (part heading)",
          "description": "Ví dụ “THỰC TRẠNG …”; in “Phần I” rồi tên phần ở dòng sau, căn giữa, đậm (Nghị định 30/2020). — e.g. “THỰC TRẠNG …”, printed “Phần I” then the title on the next line, centred, bold.",
          "markdownDescription": "Ví dụ “THỰC TRẠNG …”; in “Phần I” rồi tên phần ở dòng sau, căn giữa, đậm (Nghị định 30/2020).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text"
        },
        "sectionStyle": {
          "$ref": "#/$defs/sectionStyle"
        },
        "sections": {
          "title": "Các mục (sections)",
          "description": "Các mục của phần. — The part's sections.",
          "markdownDescription": "Các mục của phần.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/section"
          },
          "maxItems": 100
        },
        "review": {
          "title": "Góp ý (review)",
          "description": "Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.",
          "markdownDescription": "Các ý kiến góp ý khi rà soát dự thảo (mỗi ý là một chuỗi, hoặc `{ text, author, date }`); không in trong văn bản, là nhận xét của Word trong tệp so sánh (`kehoach diff … -o thay-doi.docx`).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reviewNote"
          },
          "minItems": 1,
          "maxItems": 200
        }
      }
    },
    "bodyEntry": {
      "title": "Mục hoặc phần (section or part)",
      "description": "Một mục, hoặc một PHẦN chứa các mục. — A section, or a PHẦN holding sections.",
      "markdownDescription": "Một mục, hoặc một PHẦN chứa các mục.",
      "anyOf": [
        {
          "$ref": "#/$defs/part"
        },
        {
          "$ref": "#/$defs/section"
        }
      ]
    },
    "numbering": {
      "type": "object",
      "additionalProperties": false,
      "title": "Đánh số (numbering)",
      "description": "Kiểu đánh số của kế hoạch, theo cấp: mục (sections), rồi các cấp dưới (levels). Số luôn được sinh. — The plan's numbering per level; numbers are always generated.",
      "markdownDescription": "Kiểu đánh số của kế hoạch, theo cấp: mục (sections), rồi các cấp dưới (levels). Số luôn được sinh.",
      "properties": {
        "sections": {
          "$ref": "#/$defs/sectionStyle"
        },
        "levels": {
          "title": "Các cấp dưới (lower levels)",
          "description": "Kiểu mặc định của cấp 1, 2, 3 … dưới mục: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (không đánh số). — Default style of each level below the sections.",
          "markdownDescription": "Kiểu mặc định của cấp 1, 2, 3 … dưới mục: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (không đánh số).",
          "type": "array",
          "items": {
            "$ref": "#/$defs/itemStyle"
          },
          "minItems": 1,
          "maxItems": 8
        }
      }
    },
    "authority": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "title": "Thẩm quyền ký (signing authority)",
      "description": "Một dòng thẩm quyền: TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền) và tập thể/chức danh sau đó. — One authority line: TM./KT./Q./TL./TUQ. and the body or title after it.",
      "markdownDescription": "Một dòng thẩm quyền: TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền) và tập thể/chức danh sau đó.",
      "properties": {
        "type": {
          "title": "Thẩm quyền ký (authority)",
          "description": "TM (thay mặt tập thể), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền). — TM, KT, Q, TL or TUQ.",
          "markdownDescription": "TM (thay mặt tập thể), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền).",
          "enum": [
            "TM",
            "KT",
            "Q",
            "TL",
            "TUQ"
          ],
          "markdownEnumDescriptions": [
            "Thay mặt (tập thể)",
            "Ký thay (cấp phó ký thay cấp trưởng)",
            "Quyền",
            "Thừa lệnh",
            "Thừa ủy quyền"
          ],
          "enumDescriptions": [
            "Thay mặt (tập thể)",
            "Ký thay (cấp phó ký thay cấp trưởng)",
            "Quyền",
            "Thừa lệnh",
            "Thừa ủy quyền"
          ],
          "errorMessage": "Chọn một trong: TM (Thay mặt (tập thể)), KT (Ký thay (cấp phó ký thay cấp trưởng)), Q (Quyền), TL (Thừa lệnh), TUQ (Thừa ủy quyền)."
        },
        "of": {
          "title": "Của (of)",
          "description": "Ví dụ “ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”. — e.g. “ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”.",
          "markdownDescription": "Ví dụ “ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "marks": {
      "type": "object",
      "additionalProperties": false,
      "title": "Độ mật, độ khẩn, dự thảo (secrecy, urgency and draft marks)",
      "description": "Dấu độ mật và độ khẩn (Nghị định 30/2020, Phụ lục I), in dưới số, ký hiệu; chỉ dẫn dự thảo in trong khung ở góc trên bên phải trang đầu. — The secrecy and urgency marks, printed under the number; the draft indication, framed at the top right of page 1.",
      "markdownDescription": "Dấu độ mật và độ khẩn (Nghị định 30/2020, Phụ lục I), in dưới số, ký hiệu (và trích yếu công văn); `draft` là chỉ dẫn dự thảo “DỰ THẢO” / “DỰ THẢO LẦN 2”, in trong khung ở góc trên bên phải trang đầu của văn bản còn là dự thảo.",
      "properties": {
        "secrecy": {
          "title": "Độ mật (secrecy)",
          "description": "Mức độ mật: MẬT, TỐI MẬT hoặc TUYỆT MẬT. — MẬT, TỐI MẬT or TUYỆT MẬT.",
          "markdownDescription": "Mức độ mật: MẬT, TỐI MẬT hoặc TUYỆT MẬT.",
          "enum": [
            "MẬT",
            "TỐI MẬT",
            "TUYỆT MẬT"
          ],
          "markdownEnumDescriptions": [
            "Mật",
            "Tối mật",
            "Tuyệt mật"
          ],
          "enumDescriptions": [
            "Mật",
            "Tối mật",
            "Tuyệt mật"
          ],
          "errorMessage": "Chọn một trong: MẬT (Mật), TỐI MẬT (Tối mật), TUYỆT MẬT (Tuyệt mật)."
        },
        "urgency": {
          "title": "Độ khẩn (urgency)",
          "description": "Mức độ khẩn: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC. — KHẨN, THƯỢNG KHẨN or HỎA TỐC.",
          "markdownDescription": "Mức độ khẩn: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC.",
          "enum": [
            "KHẨN",
            "THƯỢNG KHẨN",
            "HỎA TỐC"
          ],
          "markdownEnumDescriptions": [
            "Khẩn",
            "Thượng khẩn",
            "Hỏa tốc"
          ],
          "enumDescriptions": [
            "Khẩn",
            "Thượng khẩn",
            "Hỏa tốc"
          ],
          "errorMessage": "Chọn một trong: KHẨN (Khẩn), THƯỢNG KHẨN (Thượng khẩn), HỎA TỐC (Hỏa tốc)."
        },
        "draft": {
          "title": "Dự thảo (draft indication)",
          "description": "true: in “DỰ THẢO”; một số N: in “DỰ THẢO LẦN N”. Chỉ in khi văn bản là dự thảo (chưa có số và ngày, hoặc draft: true). — true prints “DỰ THẢO”; a number N prints “DỰ THẢO LẦN N”. Printed only while the document is a draft.",
          "markdownDescription": "`true`: in **DỰ THẢO**; một số, ví dụ `2`: in **DỰ THẢO LẦN 2** (bản dự thảo thứ hai). In trong khung, chữ in hoa đứng đậm, ở góc trên bên phải trang đầu, chỉ khi văn bản còn là dự thảo (chưa có số và ngày, hoặc `draft: true`).",
          "examples": [
            true,
            2
          ],
          "anyOf": [
            {
              "const": true
            },
            {
              "type": "integer",
              "minimum": 1,
              "maximum": 999
            }
          ],
          "errorMessage": "Ghi true (DỰ THẢO) hoặc số lần dự thảo từ 1 (DỰ THẢO LẦN 2). — Write true or the draft number from 1."
        }
      }
    },
    "dossier": {
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "title": "Hồ sơ văn bản (dossier)",
      "description": "Các văn bản đi cùng kế hoạch, soạn từ chính dữ liệu của kế hoạch: Tờ trình của cơ quan soạn thảo, Quyết định ban hành (kế hoạch in “Ban hành kèm theo Quyết định số …”), công văn triển khai. `kehoach dossier` ghi tất cả. — The documents that go with the plan, made from its data: the drafting body's Tờ trình, the Quyết định that promulgates it (the plan then prints “Ban hành kèm theo Quyết định số …”), the công văn that sends it; `kehoach dossier` writes them all.",
      "markdownDescription": "Các văn bản đi cùng kế hoạch, soạn từ chính dữ liệu của kế hoạch: Tờ trình của cơ quan soạn thảo (`submission`), Quyết định ban hành (`decision`: kế hoạch in “Ban hành kèm theo Quyết định số …”), công văn triển khai (`dispatch`). `kehoach dossier ke-hoach.yaml --out-dir ho-so` ghi tất cả.",
      "properties": {
        "submission": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agency",
            "abbreviation"
          ],
          "title": "Tờ trình (submission)",
          "description": "Tờ trình của cơ quan soạn thảo đề nghị ban hành kế hoạch (Mẫu 1.4, Kính gửi cơ quan ban hành). — The drafting body's Tờ trình.",
          "markdownDescription": "Tờ trình của cơ quan soạn thảo đề nghị ban hành kế hoạch (Mẫu 1.4, có Kính gửi cơ quan ban hành kế hoạch).",
          "properties": {
            "agency": {
              "title": "Cơ quan soạn thảo (drafting body)",
              "description": "Mã cơ quan soạn thảo (khai báo trong agencies), ví dụ so-noi-vu. — The drafting body's agency id.",
              "markdownDescription": "Mã cơ quan soạn thảo (khai báo trong agencies), ví dụ so-noi-vu.",
              "$ref": "#/$defs/id"
            },
            "abbreviation": {
              "title": "Chữ viết tắt (abbreviation)",
              "description": "Chữ viết tắt tên cơ quan soạn thảo trong ký hiệu, ví dụ SNV (ký hiệu TTr-SNV). — The drafting body's abbreviation in the symbol, e.g. SNV.",
              "markdownDescription": "Chữ viết tắt tên cơ quan soạn thảo trong ký hiệu, ví dụ SNV (ký hiệu TTr-SNV).",
              "type": "string",
              "pattern": "^[^\\s/]+$",
              "maxLength": 40
            },
            "head": {
              "title": "Người đứng đầu (head)",
              "description": "Chức danh người đứng đầu cơ quan soạn thảo trong câu “Theo đề nghị của …”, ví dụ Giám đốc Sở Nội vụ; bỏ trống thì lấy theo loại cơ quan. — The head's title in “Theo đề nghị của …”; default by the body's kind.",
              "markdownDescription": "Chức danh người đứng đầu cơ quan soạn thảo trong câu “Theo đề nghị của …”, ví dụ Giám đốc Sở Nội vụ; bỏ trống thì lấy theo loại cơ quan.",
              "type": "string",
              "minLength": 1,
              "maxLength": 400
            },
            "number": {
              "title": "Số (number)",
              "description": "Số Tờ trình; bỏ trống khi là dự thảo. — The number; leave out for a draft.",
              "markdownDescription": "Số Tờ trình; bỏ trống khi là dự thảo.",
              "type": "integer",
              "minimum": 1,
              "maximum": 99999
            },
            "date": {
              "title": "Ngày (date)",
              "description": "Ngày Tờ trình. — Its date.",
              "markdownDescription": "Ngày Tờ trình.",
              "$ref": "#/$defs/date"
            },
            "need": {
              "title": "Sự cần thiết (need)",
              "description": "Sự cần thiết ban hành kế hoạch; bỏ trống thì dùng phần tình hình của kế hoạch. — Why the plan is needed; default: the plan's situation.",
              "markdownDescription": "Sự cần thiết ban hành kế hoạch; bỏ trống thì dùng phần tình hình của kế hoạch.",
              "$ref": "#/$defs/text"
            },
            "signature": {
              "title": "Chữ ký (signature)",
              "description": "Người ký Tờ trình. — Its signer.",
              "markdownDescription": "Người ký Tờ trình.",
              "$ref": "#/$defs/signature"
            },
            "archive": {
              "title": "Lưu (archive)",
              "description": "Dòng “Lưu”, mặc định VT. — The archive line, default VT.",
              "markdownDescription": "Dòng “Lưu”, mặc định VT.",
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          }
        },
        "decision": {
          "type": "object",
          "additionalProperties": false,
          "title": "Quyết định ban hành (decision)",
          "description": "Quyết định ban hành kế hoạch (Mẫu 1.3): Điều 1 ban hành kèm theo, Điều 2 hiệu lực, Điều 3 các cơ quan chủ trì thi hành; kế hoạch in “Ban hành kèm theo Quyết định số …”. — The Quyết định that promulgates the plan.",
          "markdownDescription": "Quyết định ban hành kế hoạch (Mẫu 1.3): Điều 1 ban hành kèm theo, Điều 2 hiệu lực, Điều 3 các cơ quan chủ trì thi hành, Nơi nhận “Như Điều 3”. Kế hoạch khi đó in “(Ban hành kèm theo Quyết định số …)” dưới trích yếu.",
          "properties": {
            "number": {
              "title": "Số (number)",
              "description": "Số Quyết định; bỏ trống khi là dự thảo. — The number; leave out for a draft.",
              "markdownDescription": "Số Quyết định; bỏ trống khi là dự thảo.",
              "type": "integer",
              "minimum": 1,
              "maximum": 99999
            },
            "date": {
              "title": "Ngày (date)",
              "description": "Ngày ký Quyết định. — Its date.",
              "markdownDescription": "Ngày ký Quyết định.",
              "$ref": "#/$defs/date"
            },
            "effective": {
              "title": "Ngày (date)",
              "description": "Ngày có hiệu lực; bỏ trống: có hiệu lực kể từ ngày ký. — Entry into force; default: the date of signing.",
              "markdownDescription": "Ngày có hiệu lực; bỏ trống: có hiệu lực kể từ ngày ký.",
              "$ref": "#/$defs/date"
            },
            "signature": {
              "title": "Chữ ký (signature)",
              "description": "Người ký Quyết định; bỏ trống thì dùng chữ ký của kế hoạch. — Its signer; default the plan's.",
              "markdownDescription": "Người ký Quyết định; bỏ trống thì dùng chữ ký của kế hoạch.",
              "$ref": "#/$defs/signature"
            },
            "recipients": {
              "title": "Nơi nhận thêm (more recipients)",
              "description": "Các nơi nhận sau “Như Điều 3”. — Recipients after “Như Điều 3”.",
              "markdownDescription": "Các nơi nhận sau “Như Điều 3”.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000
              },
              "maxItems": 50
            },
            "archive": {
              "title": "Lưu (archive)",
              "description": "Dòng “Lưu”, mặc định VT và chữ viết tắt cơ quan soạn thảo. — The archive line.",
              "markdownDescription": "Dòng “Lưu”, mặc định VT và chữ viết tắt cơ quan soạn thảo.",
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          }
        },
        "dispatch": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "symbol"
          ],
          "title": "Công văn triển khai (dispatch)",
          "description": "Công văn gửi kế hoạch đến các cơ quan thực hiện (Mẫu 1.5). — The công văn that sends the plan down.",
          "markdownDescription": "Công văn gửi kế hoạch đến các cơ quan thực hiện (Mẫu 1.5): V/v, Kính gửi các cơ quan chủ trì, dẫn số và ngày của kế hoạch.",
          "properties": {
            "number": {
              "title": "Số (number)",
              "description": "Số công văn; bỏ trống khi là dự thảo. — The number; leave out for a draft.",
              "markdownDescription": "Số công văn; bỏ trống khi là dự thảo.",
              "type": "integer",
              "minimum": 1,
              "maximum": 99999
            },
            "symbol": {
              "title": "Ký hiệu (symbol)",
              "description": "Ký hiệu công văn (cơ quan và đơn vị soạn thảo), ví dụ UBND-VP. — The symbol, e.g. UBND-VP.",
              "markdownDescription": "Ký hiệu công văn (cơ quan và đơn vị soạn thảo), ví dụ UBND-VP.",
              "type": "string",
              "pattern": "^[^\\s/]+$",
              "maxLength": 40
            },
            "date": {
              "title": "Ngày (date)",
              "description": "Ngày công văn. — Its date.",
              "markdownDescription": "Ngày công văn.",
              "$ref": "#/$defs/date"
            },
            "addressees": {
              "title": "Kính gửi (addressees)",
              "description": "Danh sách Kính gửi; bỏ trống thì là các cơ quan chủ trì của kế hoạch. — The Kính gửi list; default the plan's lead bodies.",
              "markdownDescription": "Danh sách Kính gửi; bỏ trống thì là các cơ quan chủ trì của kế hoạch.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000
              },
              "minItems": 1,
              "maxItems": 50
            },
            "text": {
              "title": "Nội dung (text)",
              "description": "Các đoạn đề nghị thêm sau đoạn dẫn kế hoạch. — More paragraphs after the one citing the plan.",
              "markdownDescription": "Các đoạn đề nghị thêm sau đoạn dẫn kế hoạch.",
              "$ref": "#/$defs/text"
            },
            "signature": {
              "title": "Chữ ký (signature)",
              "description": "Người ký công văn; bỏ trống thì dùng chữ ký của Quyết định hoặc kế hoạch. — Its signer.",
              "markdownDescription": "Người ký công văn; bỏ trống thì dùng chữ ký của Quyết định hoặc kế hoạch.",
              "$ref": "#/$defs/signature"
            },
            "archive": {
              "title": "Lưu (archive)",
              "description": "Dòng “Lưu”, mặc định VT. — The archive line.",
              "markdownDescription": "Dòng “Lưu”, mặc định VT.",
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          }
        }
      }
    },
    "reviewNote": {
      "title": "Góp ý (review note)",
      "description": "Một ý kiến góp ý khi rà soát dự thảo (lãnh đạo, pháp chế, văn phòng): lời góp ý, người góp ý, ngày. Không in trong văn bản; trong tệp DOCX so sánh hai bản (kehoach diff -o) là nhận xét (comment) của Word gắn vào đoạn; nhận xét trong tệp Word đã sửa được ghi lại ở đây (kehoach import --onto). — A review note on a draft: text, author, date; not printed, a Word comment in the tracked-changes DOCX, and read back from a reviewed DOCX.",
      "markdownDescription": "Một ý kiến góp ý khi rà soát dự thảo: lời góp ý (`text`), người góp ý (`author`), ngày (`date`). **Không in** trong văn bản; trong tệp DOCX so sánh hai bản (`kehoach diff cu.yaml moi.yaml -o thay-doi.docx`) là nhận xét (comment) của Word gắn vào đoạn; nhận xét trong tệp Word lãnh đạo đã sửa được ghi lại ở đây (`kehoach import da-sua.docx --onto ke-hoach.yaml`). Viết gọn một chuỗi nếu chỉ có lời góp ý.",
      "defaultSnippets": [
        {
          "label": "góp ý",
          "markdownDescription": "Một góp ý có người góp ý và ngày.",
          "body": {
            "text": "${1:Đề nghị làm rõ thời hạn hoàn thành}",
            "author": "${2:Phó Chủ tịch UBND}",
            "date": "\"${3:2026-01-20}\""
          }
        }
      ],
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 20000,
          "errorMessage": "Một lời góp ý, không để trống."
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "text"
          ],
          "properties": {
            "text": {
              "title": "Lời góp ý (text)",
              "description": "Nội dung góp ý. — The note's words.",
              "markdownDescription": "Nội dung góp ý, ví dụ “Đề nghị bổ sung đơn vị phối hợp”.",
              "type": "string",
              "minLength": 1,
              "maxLength": 20000
            },
            "author": {
              "title": "Người góp ý (author)",
              "description": "Ai góp ý, ví dụ “Phó Chủ tịch UBND tỉnh” hoặc họ tên. — Who wrote it.",
              "markdownDescription": "Ai góp ý: chức vụ hoặc họ tên, ví dụ “Phó Chủ tịch UBND tỉnh”.",
              "examples": [
                "Phó Chủ tịch UBND tỉnh"
              ],
              "type": "string",
              "minLength": 1,
              "maxLength": 20000
            },
            "date": {
              "$ref": "#/$defs/date",
              "title": "Ngày góp ý (date)",
              "description": "Ngày góp ý, YYYY-MM-DD. — When.",
              "markdownDescription": "Ngày góp ý, dạng `\"YYYY-MM-DD\"` trong ngoặc kép."
            },
            "quote": {
              "title": "Đoạn được góp ý (quote)",
              "description": "Những chữ của đoạn mà góp ý gắn vào, khi góp ý đặt ở mục chứa đoạn ấy (một đoạn văn không có chỗ ghi riêng). — The words the note is on, when the note sits on the item holding that paragraph.",
              "markdownDescription": "Những chữ của đoạn mà góp ý gắn vào, khi góp ý đặt ở mục chứa đoạn ấy (một đoạn văn là chuỗi, không có chỗ ghi riêng): nhận xét của Word được gắn lại vào đúng đoạn đó.",
              "type": "string",
              "minLength": 1,
              "maxLength": 20000
            }
          }
        }
      ]
    }
  }
} as const;
