// Generated from schemas/plan-v1.schema.json by packages/schema/scripts/gen-schema-module.mjs — do not edit.
/** The JSON Schema (draft 2020-12) of schemas/plan-v1.schema.json. */
export const planSchemaV1 = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/plan-v1.schema.json",
  "title": "Kế hoạch hành chính (Vietnamese administrative plan)",
  "description": "Dữ liệu có cấu trúc của một Kế hoạch (hoặc công văn triển khai) theo Nghị định 30/2020/NĐ-CP. Số thứ tự các mục luôn được sinh tự động. — Structured data of a Kế hoạch (or implementing công văn) under Decree 30/2020; numbering is always generated.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "issuer",
    "title",
    "period",
    "agencies",
    "tasks"
  ],
  "properties": {
    "$schema": {
      "title": "Lược đồ (schema)",
      "description": "Đường dẫn lược đồ cho trình soạn thảo. — Schema URL for editors.",
      "type": "string"
    },
    "schemaVersion": {
      "title": "Phiên bản lược đồ (schema version)",
      "description": "Phiên bản của lược đồ này: 1. — Version of this schema: 1.",
      "const": 1
    },
    "kind": {
      "title": "Loại văn bản (document kind)",
      "description": "ke-hoach (mặc định, Mẫu 1.4) hoặc cong-van (Mẫu 1.5, có V/v và Kính gửi). — ke-hoach (default) or cong-van (with V/v and Kính gửi).",
      "enum": [
        "ke-hoach",
        "cong-van"
      ]
    },
    "issuer": {
      "$ref": "#/$defs/issuer"
    },
    "number": {
      "title": "Số (number)",
      "description": "Số văn bản; bỏ trống khi là dự thảo. — The document number; leave out for a draft.",
      "type": "integer",
      "minimum": 1,
      "maximum": 99999
    },
    "symbol": {
      "title": "Ký hiệu (symbol)",
      "description": "Ký hiệu sau dấu “/”; mặc định KH- + chữ viết tắt của cơ quan ban hành. — The symbol after “/”; default KH- plus the issuer's abbreviation.",
      "type": "string",
      "pattern": "^[^\\s/]+$",
      "maxLength": 40
    },
    "date": {
      "$ref": "#/$defs/date",
      "title": "Ngày ban hành (date of issue)",
      "description": "Ngày ký ban hành; bỏ trống khi là dự thảo. — Date of issue; leave out for a draft."
    },
    "draft": {
      "title": "Dự thảo (draft)",
      "description": "true: in số và ngày để trống. — true: print blank number and date.",
      "type": "boolean"
    },
    "title": {
      "title": "Trích yếu (title)",
      "description": "Trích yếu nội dung (với công văn: nội dung V/v). — The title (for a công văn: the V/v subject).",
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
      "type": "string",
      "minLength": 1,
      "maxLength": 20000
    },
    "addressees": {
      "title": "Kính gửi (addressees)",
      "description": "Công văn: danh sách Kính gửi. — For a công văn: the Kính gửi list.",
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
    "goals": {
      "$ref": "#/$defs/goals"
    },
    "tasks": {
      "$ref": "#/$defs/tasks"
    },
    "implementation": {
      "$ref": "#/$defs/implementation"
    },
    "signature": {
      "$ref": "#/$defs/signature"
    },
    "recipients": {
      "$ref": "#/$defs/recipients"
    },
    "appendices": {
      "title": "Phụ lục (appendices)",
      "description": "Các phụ lục. — Appendices.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/appendix"
      },
      "maxItems": 20
    },
    "parent": {
      "$ref": "#/$defs/parentLink"
    }
  },
  "$defs": {
    "text": {
      "title": "Văn bản (Text)",
      "description": "Một đoạn văn, hoặc danh sách các đoạn văn. Cho phép markdown nội dòng: **đậm**, *nghiêng*. — One paragraph, or a list of paragraphs; inline markdown (bold, italic) is allowed.",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "minItems": 1,
          "maxItems": 500
        }
      ]
    },
    "id": {
      "title": "Mã định danh (identifier)",
      "description": "Mã ổn định, chữ thường không dấu, nối bằng gạch ngang, ví dụ cong-an-tinh. — Stable id: lower-case ASCII words joined by hyphens, e.g. cong-an-tinh.",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 80
    },
    "date": {
      "title": "Ngày (date)",
      "description": "Ngày theo định dạng YYYY-MM-DD, ví dụ 2025-07-24. — A date as YYYY-MM-DD.",
      "type": "string",
      "format": "date"
    },
    "agencyRefs": {
      "title": "Cơ quan (Agency references)",
      "description": "Mã một cơ quan đã khai báo trong agencies, hoặc danh sách mã. — One declared agency id, or a list of them.",
      "anyOf": [
        {
          "$ref": "#/$defs/id"
        },
        {
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
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "headerLines": {
          "title": "Các dòng in trên tiêu đề (header lines)",
          "description": "Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.",
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
          "description": "Mã của cơ quan này trong agencies, nếu có. — This body's id in agencies, if declared."
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
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "headerLines": {
          "title": "Các dòng in trên tiêu đề (header lines)",
          "description": "Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.",
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
          "description": "Mã của cơ quan này trong agencies, nếu có. — This body's id in agencies, if declared."
        },
        "abbreviation": {
          "title": "Chữ viết tắt (abbreviation)",
          "description": "Chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND, BCĐ. — The issuer's abbreviation used in the document symbol, e.g. UBND.",
          "type": "string",
          "pattern": "^[^\\s/]+$",
          "maxLength": 40
        },
        "place": {
          "title": "Địa danh (place)",
          "description": "Địa danh ghi trước ngày tháng, ví dụ Tuyên Quang. — The place name printed before the date.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "parent": {
          "$ref": "#/$defs/headerBody",
          "title": "Cơ quan chủ quản (parent body)",
          "description": "Cơ quan chủ quản in phía trên cơ quan ban hành (nếu có). — The parent body printed above the issuer, if any."
        }
      }
    },
    "agency": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "level"
      ],
      "title": "Cơ quan (Agency)",
      "description": "Một cơ quan, đơn vị được nhắc tới trong kế hoạch; khai báo một lần, các nhiệm vụ tham chiếu bằng mã. — An agency named in the plan, declared once and referred to by id.",
      "properties": {
        "name": {
          "title": "Tên đầy đủ (full name)",
          "description": "Tên viết như trong văn bản, ví dụ Sở Văn hóa, Thể thao và Du lịch. — The name as written in the document.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "shortName": {
          "title": "Tên viết tắt (short name)",
          "description": "Tên ngắn dùng trong danh sách và tên tệp, ví dụ Sở VHTTDL. — A short name for lists and file names.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "level": {
          "title": "Cấp (level)",
          "description": "Cấp hành chính: trung-uong, tinh, huyen, xa, thon. — Administrative level.",
          "enum": [
            "trung-uong",
            "tinh",
            "huyen",
            "xa",
            "thon"
          ]
        },
        "kind": {
          "title": "Loại cơ quan (kind)",
          "description": "ubnd, chuyen-mon (sở/phòng), cong-an, quan-su, mttq-doan-the, to-tung (tòa án, viện kiểm sát, thi hành án — chỉ được đề nghị), ban-chi-dao, su-nghiep, doanh-nghiep, co-quan-trung-uong, dang-hdnd, nhom (một tập hợp như “các sở, ban, ngành”), khac. — Kind of body; to-tung bodies are outside the issuer's authority and can only be requested; nhom is a collective such as “các sở, ban, ngành”.",
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
            "khac"
          ]
        },
        "aliases": {
          "title": "Tên gọi khác (aliases)",
          "description": "Các cách viết khác của tên trong văn bản, giúp kiểm tra và nhân bản. — Other spellings of the name found in the text.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "maxItems": 20
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
      "description": "Văn bản cấp trên được triển khai hoặc viện dẫn. Trích dẫn đầy đủ: <loại> số <số> ngày <ngày> của <cơ quan> <trích yếu>. — A higher document being implemented or cited; printed in full as type, number, date, issuer, subject.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã (id)",
          "description": "Mã để tham chiếu văn bản này (ví dụ khi nhân bản). — An id to refer to this document."
        },
        "prefix": {
          "title": "Từ dẫn (lead word)",
          "description": "Từ đứng trước trích dẫn, ví dụ “xét”. — A word printed before the citation, e.g. “xét”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "type": {
          "title": "Loại văn bản (document type)",
          "description": "Ví dụ Quyết định, Kế hoạch, Tờ trình. — e.g. Quyết định, Kế hoạch.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "number": {
          "title": "Số, ký hiệu (number and symbol)",
          "description": "Số và ký hiệu, ví dụ 193/QĐ-TTg. — Number and symbol, e.g. 193/QĐ-TTg.",
          "type": "string",
          "pattern": "^\\S+$",
          "maxLength": 60
        },
        "date": {
          "$ref": "#/$defs/date",
          "title": "Ngày ban hành (date of issue)",
          "description": "Ngày ban hành văn bản. — The document's date."
        },
        "issuer": {
          "title": "Cơ quan ban hành (issuer)",
          "description": "Cơ quan ban hành văn bản, ví dụ Thủ tướng Chính phủ. — Who issued it.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "subject": {
          "title": "Trích yếu (subject)",
          "description": "Trích yếu kèm từ nối, ví dụ “về việc phê duyệt Chương trình …”. — The subject, with its connective (về việc …, ban hành …).",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "opening": {
      "type": "object",
      "additionalProperties": false,
      "title": "Phần mở đầu (Opening)",
      "description": "Tình hình, căn cứ và câu ban hành. Câu căn cứ được ghép: <lead> <references nối bằng “; ”><separator><closing>. — Situation, basis and the enacting formula, composed as lead + references + separator + closing.",
      "properties": {
        "situation": {
          "$ref": "#/$defs/text",
          "title": "Tình hình (situation)",
          "description": "Các đoạn nêu tình hình trước phần căn cứ. — Paragraphs on the situation, before the basis."
        },
        "lead": {
          "title": "Từ mở đầu (lead-in)",
          "description": "Cụm từ dẫn vào các căn cứ; mặc định “Thực hiện”. — Words before the references; default “Thực hiện”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "references": {
          "title": "Văn bản căn cứ (references)",
          "description": "Các văn bản cấp trên được triển khai, theo thứ tự trích dẫn. — The higher documents implemented, in citation order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reference"
          },
          "maxItems": 50
        },
        "separator": {
          "title": "Dấu nối (separator)",
          "description": "Dấu nối giữa căn cứ và câu ban hành; mặc định “, ”. — Between the references and the closing; default “, ”.",
          "type": "string",
          "maxLength": 10
        },
        "closing": {
          "title": "Câu ban hành (enacting formula)",
          "description": "Ví dụ “Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”. — e.g. “… ban hành Kế hoạch … như sau:”.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Văn bản mở đầu tự do (free opening)",
          "description": "Dùng thay cho lead/references/closing khi phần mở đầu không theo công thức. — Used instead of lead/references/closing when the opening does not follow the formula."
        }
      }
    },
    "measure": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "value"
      ],
      "title": "Chỉ số đo được (Measure)",
      "description": "Giá trị định lượng của một chỉ tiêu. — A measurable value of a target.",
      "properties": {
        "value": {
          "title": "Giá trị (value)",
          "description": "Ví dụ 100. — e.g. 100.",
          "type": "number"
        },
        "unit": {
          "title": "Đơn vị (unit)",
          "description": "Ví dụ %, lần/tháng. — e.g. %, times a month.",
          "type": "string",
          "maxLength": 40
        },
        "comparator": {
          "title": "So sánh (comparator)",
          "description": "at-least (ít nhất), more-than (trên), exactly, at-most, less-than (dưới). — How the value bounds the result.",
          "enum": [
            "at-least",
            "more-than",
            "exactly",
            "at-most",
            "less-than"
          ]
        },
        "subject": {
          "title": "Đối tượng đo (what is measured)",
          "description": "Điều được đo. — What is measured.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "item": {
      "title": "Mục (Item)",
      "description": "Một mục của danh sách: một đoạn văn, hoặc đối tượng có tiêu đề, nội dung và mục con. — A list item: a paragraph, or an object with title, text and children.",
      "anyOf": [
        {
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "title": {
              "title": "Tiêu đề (title)",
              "description": "Tiêu đề của khoản (in đậm). — A heading for the item (bold).",
              "type": "string",
              "minLength": 1,
              "maxLength": 20000
            },
            "text": {
              "$ref": "#/$defs/text",
              "title": "Nội dung (text)",
              "description": "Nội dung của mục. — The item's text."
            },
            "style": {
              "title": "Kiểu trình bày riêng (own style)",
              "description": "Kiểu trình bày riêng của mục này, ví dụ plain cho đoạn tiếp nối. — This item's own presentation, e.g. plain.",
              "enum": [
                "number",
                "subnumber",
                "letter",
                "dash",
                "plus",
                "plain"
              ]
            },
            "items": {
              "title": "Mục con (children)",
              "description": "Các mục con. — Child items.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/item"
              },
              "maxItems": 500
            },
            "itemStyle": {
              "title": "Kiểu đánh số các mục con (numbering style of the children)",
              "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
              "enum": [
                "number",
                "subnumber",
                "letter",
                "dash",
                "plus",
                "plain"
              ]
            },
            "measures": {
              "title": "Chỉ số (measures)",
              "description": "Các giá trị định lượng của chỉ tiêu này. — Measurable values of this target.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/measure"
              },
              "maxItems": 20
            }
          }
        }
      ]
    },
    "goalPart": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "kind"
      ],
      "title": "Phần của mục tiêu (Goal part)",
      "description": "Mục đích, yêu cầu, mục tiêu hoặc chỉ tiêu. — Purposes, requirements, objectives or targets.",
      "properties": {
        "kind": {
          "title": "Loại (kind)",
          "description": "purposes (mục đích), requirements (yêu cầu), objectives (mục tiêu), targets (chỉ tiêu). — Which part this is.",
          "enum": [
            "purposes",
            "requirements",
            "objectives",
            "targets"
          ]
        },
        "title": {
          "title": "Tiêu đề (title)",
          "description": "Ví dụ “Mục đích”; bỏ trống thì các mục in thẳng dưới mục lớn. — e.g. “Mục đích”; without it the items print directly under the section.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn dẫn (intro)",
          "description": "Đoạn văn trước các mục. — Paragraphs before the items."
        },
        "items": {
          "title": "Các mục (items)",
          "description": "Nội dung từng ý. — The points.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/item"
          },
          "maxItems": 500
        },
        "itemStyle": {
          "title": "Kiểu đánh số các mục con (numbering style of the children)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        }
      }
    },
    "goals": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title",
        "parts"
      ],
      "title": "Mục đích, yêu cầu (Goals)",
      "description": "Mục I: mục đích, yêu cầu, mục tiêu, chỉ tiêu. — Section I: purposes, requirements, objectives, targets.",
      "properties": {
        "title": {
          "title": "Tên mục (heading)",
          "description": "Ví dụ MỤC ĐÍCH, YÊU CẦU. — e.g. MỤC ĐÍCH, YÊU CẦU.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "parts": {
          "title": "Các phần (parts)",
          "description": "Các phần theo thứ tự in. — The parts in printed order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/goalPart"
          },
          "minItems": 1,
          "maxItems": 20
        }
      }
    },
    "time": {
      "type": "object",
      "additionalProperties": false,
      "title": "Thời gian thực hiện (Time)",
      "description": "Một ngày, một khoảng (từ … đến …), một hạn (trước ngày …), định kỳ, hoặc thường xuyên. — A date, a window, a deadline, a recurrence, or ongoing.",
      "properties": {
        "on": {
          "$ref": "#/$defs/date",
          "title": "Vào ngày (on)",
          "description": "Thực hiện vào một ngày. — On one day."
        },
        "from": {
          "$ref": "#/$defs/date",
          "title": "Từ ngày (from)",
          "description": "Bắt đầu khoảng thời gian. — Start of a window."
        },
        "to": {
          "$ref": "#/$defs/date",
          "title": "Đến ngày (to)",
          "description": "Kết thúc khoảng thời gian (tính cả ngày này). — End of a window, inclusive."
        },
        "before": {
          "$ref": "#/$defs/date",
          "title": "Trước ngày (before)",
          "description": "Hạn “trước ngày …”. — A deadline “trước ngày …”."
        },
        "by": {
          "$ref": "#/$defs/date",
          "title": "Chậm nhất ngày (by)",
          "description": "Hạn “chậm nhất ngày …”, “đến hết ngày …”. — An inclusive deadline."
        },
        "every": {
          "title": "Định kỳ (recurrence)",
          "description": "month (hằng tháng), quarter (hằng quý), half-year (6 tháng), year (hằng năm). — How often.",
          "enum": [
            "month",
            "quarter",
            "half-year",
            "year"
          ]
        },
        "day": {
          "title": "Ngày trong tháng (day of month)",
          "description": "Với định kỳ: hạn trước ngày này của tháng. — For a recurrence: due before this day of the month.",
          "type": "integer",
          "minimum": 1,
          "maximum": 31
        },
        "months": {
          "title": "Các tháng (months)",
          "description": "Với định kỳ: các tháng có hạn. — For a recurrence: the months with a due date.",
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
          "description": "Nhiệm vụ thường xuyên, không có hạn. — An ongoing task without a due date.",
          "const": true
        },
        "note": {
          "title": "Ghi chú (note)",
          "description": "Ghi chú về thời gian. — A note on the time.",
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
      "title": "Nhiệm vụ (Task)",
      "description": "Một nhiệm vụ: nội dung, chủ trì, phối hợp, đề nghị, thời gian, sản phẩm, nhiệm vụ con. — A task with its agencies, time, output and sub-tasks.",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã nhiệm vụ (task id)",
          "description": "Mã ổn định, không đổi khi sửa kế hoạch. — A stable id that survives edits."
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Nội dung (text)",
          "description": "Nội dung nhiệm vụ (không gồm phần phân công). — What is to be done (without the attribution)."
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan chủ trì (mã). — Lead agencies (ids)."
        },
        "support": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Phối hợp (coordinating)",
          "description": "Cơ quan phối hợp (mã). — Coordinating agencies (ids)."
        },
        "requested": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Đề nghị (requested)",
          "description": "Cơ quan ngoài thẩm quyền được đề nghị (“Đề nghị …”), ví dụ Tòa án, Viện kiểm sát. — Bodies outside the issuer's authority that are asked, not assigned."
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution wording)",
          "description": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "showAttribution": {
          "title": "In phân công (print attribution)",
          "description": "false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.",
          "type": "boolean"
        },
        "time": {
          "$ref": "#/$defs/time",
          "title": "Thời gian (time)",
          "description": "Thời gian thực hiện. — When."
        },
        "output": {
          "title": "Sản phẩm (expected output)",
          "description": "Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "style": {
          "title": "Kiểu trình bày riêng (own style)",
          "description": "Ví dụ plain: in như đoạn văn không gạch đầu dòng. — e.g. plain: printed as a paragraph without a marker.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "itemStyle": {
          "title": "Kiểu đánh số các mục con (numbering style of the children)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "tasks": {
          "title": "Nhiệm vụ con (sub-tasks)",
          "description": "Các nhiệm vụ con. — Sub-tasks.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/task"
          },
          "maxItems": 200
        },
        "origin": {
          "title": "Nguồn gốc (provenance)",
          "description": "Nhiệm vụ này được nhân bản từ nhiệm vụ nào của kế hoạch cấp trên. — Which parent task this task was cloned from.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "task"
          ],
          "properties": {
            "plan": {
              "title": "Kế hoạch cấp trên (parent plan)",
              "description": "Số, ký hiệu của kế hoạch cấp trên, ví dụ 15/KH-UBND. — The parent plan's number and symbol.",
              "type": "string",
              "maxLength": 120
            },
            "task": {
              "title": "Nhiệm vụ cấp trên (parent task)",
              "description": "Mã nhiệm vụ trong kế hoạch cấp trên. — The task id in the parent plan.",
              "type": "string",
              "maxLength": 80
            },
            "ref": {
              "title": "Mục cấp trên (parent reference)",
              "description": "Số mục trong kế hoạch cấp trên, ví dụ II.15. — The reference in the parent plan.",
              "type": "string",
              "maxLength": 40
            },
            "hash": {
              "title": "Mã băm nội dung (text hash)",
              "description": "Băm nội dung nhiệm vụ cấp trên lúc nhân bản (để phát hiện sửa lời). — Hash of the parent task's text when cloned.",
              "type": "string",
              "pattern": "^[0-9a-f]{16}$"
            },
            "timeHash": {
              "title": "Mã băm thời gian (time hash)",
              "description": "Băm thời gian nhiệm vụ cấp trên lúc nhân bản (để phát hiện đổi hạn). — Hash of the parent task's time when cloned.",
              "type": "string",
              "pattern": "^[0-9a-f]{16}$"
            }
          }
        }
      }
    },
    "taskGroup": {
      "type": "object",
      "additionalProperties": false,
      "title": "Nhóm nhiệm vụ (Task group)",
      "description": "Một nhóm theo cơ quan (tiêu đề sinh từ cơ quan chủ trì) hoặc theo chủ đề (có tiêu đề). — A group by agency (heading generated from its agencies) or by theme (with a title).",
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã nhóm (group id)",
          "description": "Mã ổn định của nhóm. — A stable group id."
        },
        "title": {
          "title": "Tiêu đề (title)",
          "description": "Tiêu đề chủ đề; với nhóm theo cơ quan thì bỏ trống để sinh từ tên cơ quan. — The theme heading; for a group by agency, leave it out to generate it from the agencies.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn dẫn (intro)",
          "description": "Đoạn văn dẫn trước các nhiệm vụ. — Intro paragraphs before the tasks."
        },
        "lead": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Chủ trì (lead)",
          "description": "Cơ quan chủ trì (mã). — Lead agencies (ids)."
        },
        "support": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Phối hợp (coordinating)",
          "description": "Cơ quan phối hợp (mã). — Coordinating agencies (ids)."
        },
        "requested": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Đề nghị (requested)",
          "description": "Cơ quan ngoài thẩm quyền được đề nghị (“Đề nghị …”), ví dụ Tòa án, Viện kiểm sát. — Bodies outside the issuer's authority that are asked, not assigned."
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution wording)",
          "description": "Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "showAttribution": {
          "title": "In phân công (print attribution)",
          "description": "false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.",
          "type": "boolean"
        },
        "itemStyle": {
          "title": "Kiểu đánh số nhiệm vụ (task numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "groupStyle": {
          "title": "Kiểu đánh số nhóm con (sub-group numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "groups": {
          "title": "Nhóm con (sub-groups)",
          "description": "Các nhóm con (ví dụ 2.1., 2.2. hoặc a), b)). — Sub-groups.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/taskGroup"
          },
          "maxItems": 100
        },
        "tasks": {
          "title": "Nhiệm vụ (tasks)",
          "description": "Các nhiệm vụ của nhóm. — The group's tasks.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/task"
          },
          "maxItems": 200
        }
      }
    },
    "tasks": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title",
        "groups"
      ],
      "title": "Nhiệm vụ và phân công (Tasks)",
      "description": "Mục II: nhiệm vụ, giải pháp, phân công. — Section II: tasks and assignments.",
      "properties": {
        "title": {
          "title": "Tên mục (heading)",
          "description": "Ví dụ PHÂN CÔNG NHIỆM VỤ. — e.g. PHÂN CÔNG NHIỆM VỤ.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "layout": {
          "title": "Cách trình bày (layout)",
          "description": "by-agency: nhóm theo cơ quan (1. Công an tỉnh …); by-theme: nhóm theo chủ đề, ghi phân công ở từng nhiệm vụ. — Group by agency, or by theme with attribution per task.",
          "enum": [
            "by-agency",
            "by-theme"
          ]
        },
        "attribution": {
          "title": "Cách ghi phân công (attribution style)",
          "description": "inline: đầu câu (Sở Tư pháp chủ trì, …); parenthesis: trong ngoặc cuối câu; parenthesis-paragraph: ngoặc đơn thành đoạn riêng; none. — How the attribution is printed in by-theme layout.",
          "enum": [
            "inline",
            "parenthesis",
            "parenthesis-paragraph",
            "none"
          ]
        },
        "singleTask": {
          "title": "Nhóm một nhiệm vụ (single-task groups)",
          "description": "Theo cơ quan, nhóm chỉ có một nhiệm vụ: paragraph (đoạn riêng) hoặc inline (sau dấu hai chấm). — By agency, a group with one task: its own paragraph, or after a colon.",
          "enum": [
            "paragraph",
            "inline"
          ]
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Đoạn dẫn (intro)",
          "description": "Đoạn dẫn trước các nhóm. — Intro paragraphs."
        },
        "groupStyle": {
          "title": "Kiểu đánh số nhóm (group numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "itemStyle": {
          "title": "Kiểu đánh số nhiệm vụ (task numbering style)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "groups": {
          "title": "Các nhóm (groups)",
          "description": "Các nhóm nhiệm vụ theo thứ tự in. — Task groups in printed order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/taskGroup"
          },
          "minItems": 1,
          "maxItems": 100
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
      "properties": {
        "day": {
          "title": "Ngày (day)",
          "description": "Ngày trong tháng. — Day of month.",
          "type": "integer",
          "minimum": 1,
          "maximum": 31
        },
        "month": {
          "title": "Tháng (month)",
          "description": "Tháng. — Month.",
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        },
        "year": {
          "title": "Năm (year)",
          "description": "Năm cụ thể (hạn một lần). — A fixed year, for a one-off deadline.",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2200
        },
        "previousYear": {
          "title": "Năm trước (previous year)",
          "description": "true: ngày này thuộc năm trước năm báo cáo. — true: the date falls in the year before the reporting year.",
          "type": "boolean"
        },
        "before": {
          "title": "Trước ngày (before)",
          "description": "Với hạn: true (mặc định) là “trước ngày”, false là “chậm nhất ngày”. — For a deadline: true (default) means before that day, false means by that day.",
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
      "properties": {
        "id": {
          "$ref": "#/$defs/id",
          "title": "Mã kỳ (period id)",
          "description": "Mã ổn định của kỳ báo cáo, ví dụ quy-1. — A stable id, e.g. quy-1."
        },
        "label": {
          "title": "Tên kỳ (label)",
          "description": "Ví dụ Quý I, 6 tháng, năm. — e.g. Quý I.",
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
          "properties": {
            "from": {
              "$ref": "#/$defs/dayMonth",
              "title": "Từ ngày (from)",
              "description": "Ngày đầu kỳ. — First day."
            },
            "to": {
              "$ref": "#/$defs/dayMonth",
              "title": "Đến ngày (to)",
              "description": "Ngày cuối kỳ. — Last day."
            }
          }
        },
        "due": {
          "$ref": "#/$defs/dayMonth",
          "title": "Hạn nộp (due)",
          "description": "Hạn gửi báo cáo; bỏ trống khi kế hoạch không nêu hạn (mục việc sẽ không có ngày). — When the report is due; leave out when the plan states no deadline."
        },
        "reporters": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan báo cáo (reporters)",
          "description": "Ai báo cáo kỳ này (mặc định: reporters của lịch). — Who reports (default: the schedule's reporters)."
        },
        "to": {
          "$ref": "#/$defs/id",
          "title": "Gửi về (to)",
          "description": "Cơ quan nhận báo cáo kỳ này (mặc định: to của lịch). — Who receives it (default: the schedule's)."
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
      "properties": {
        "reporters": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan báo cáo (reporters)",
          "description": "Các cơ quan phải báo cáo. — Agencies that must report."
        },
        "to": {
          "$ref": "#/$defs/id",
          "title": "Gửi về (to)",
          "description": "Cơ quan nhận báo cáo. — The body receiving the reports."
        },
        "via": {
          "$ref": "#/$defs/id",
          "title": "Qua (via)",
          "description": "Cơ quan tiếp nhận, tổng hợp (qua …). — The body the reports go through."
        },
        "adHoc": {
          "title": "Báo cáo đột xuất (ad hoc)",
          "description": "Có báo cáo đột xuất khi có yêu cầu. — Ad-hoc reports on request.",
          "type": "boolean"
        },
        "periods": {
          "title": "Các kỳ (periods)",
          "description": "Các kỳ báo cáo. — The reporting periods.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/reportPeriod"
          },
          "minItems": 1,
          "maxItems": 24
        }
      }
    },
    "implementation": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "title": "Tổ chức thực hiện (Implementation)",
      "description": "Mục III: các khoản in ra, cùng dữ liệu máy đọc được (cơ quan thường trực, chế độ báo cáo, kinh phí). — Section III: the printed clauses plus machine-readable facts.",
      "properties": {
        "title": {
          "title": "Tên mục (heading)",
          "description": "Ví dụ TỔ CHỨC THỰC HIỆN. — e.g. TỔ CHỨC THỰC HIỆN.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "items": {
          "title": "Các khoản (clauses)",
          "description": "Các khoản in ra, theo thứ tự. — The printed clauses.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/item"
          },
          "maxItems": 100
        },
        "itemStyle": {
          "title": "Kiểu đánh số các mục con (numbering style of the children)",
          "description": "Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.",
          "enum": [
            "number",
            "subnumber",
            "letter",
            "dash",
            "plus",
            "plain"
          ]
        },
        "focalAgency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan thường trực (focal agency)",
          "description": "Cơ quan thường trực, theo dõi, tổng hợp. — The focal agency that follows up and sums up."
        },
        "ownPlans": {
          "$ref": "#/$defs/agencyRefs",
          "title": "Cơ quan xây dựng kế hoạch riêng (agencies drafting own plans)",
          "description": "Các cơ quan, địa phương phải xây dựng kế hoạch thực hiện. — Who must issue their own implementing plans."
        },
        "reporting": {
          "$ref": "#/$defs/reporting",
          "title": "Chế độ báo cáo (reporting)",
          "description": "Lịch báo cáo định kỳ. — The reporting schedule."
        },
        "funding": {
          "$ref": "#/$defs/text",
          "title": "Kinh phí (funding)",
          "description": "Nguồn kinh phí. — Funding."
        },
        "contacts": {
          "$ref": "#/$defs/text",
          "title": "Đầu mối liên hệ (contacts)",
          "description": "Nơi liên hệ khi có khó khăn, vướng mắc. — Who to contact."
        }
      }
    },
    "signature": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "titles",
        "name"
      ],
      "title": "Chữ ký (Signature)",
      "description": "Quyền hạn, chức vụ và họ tên người ký (ô 7a, 7b). — Authority, titles and name of the signer.",
      "properties": {
        "authority": {
          "title": "Thẩm quyền ký (authority)",
          "description": "TM (thay mặt tập thể), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền). — TM, KT, Q, TL or TUQ.",
          "enum": [
            "TM",
            "KT",
            "Q",
            "TL",
            "TUQ"
          ]
        },
        "for": {
          "title": "Thay mặt / thay cho (on behalf of)",
          "description": "Tập thể hoặc người đứng đầu sau TM./KT., ví dụ ỦY BAN NHÂN DÂN, CHỦ TỊCH. — The collective or head after TM./KT.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "titles": {
          "title": "Chức vụ (titles)",
          "description": "Một hoặc hai chức vụ xếp chồng, ví dụ [TRƯỞNG BAN, CHỦ TỊCH UBND TỈNH]. — One or two stacked titles.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "minItems": 1,
          "maxItems": 2
        },
        "name": {
          "title": "Họ và tên (name)",
          "description": "Họ tên người ký, không kèm học hàm, học vị. — The signer's name, without academic titles.",
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
      "properties": {
        "name": {
          "title": "Tên (name)",
          "description": "Tên nơi nhận như in ra. — The recipient as printed.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "agency": {
          "$ref": "#/$defs/id",
          "title": "Cơ quan (agency)",
          "description": "Mã cơ quan (in tên ngắn hoặc tên đầy đủ). — An agency id, printed by name."
        },
        "purpose": {
          "title": "Mục đích (purpose)",
          "description": "Ví dụ “báo cáo”, “để báo cáo” — in trong ngoặc. — e.g. “báo cáo”, printed in parentheses.",
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
      "properties": {
        "to": {
          "title": "Nơi nhận (recipients)",
          "description": "Các dòng nơi nhận theo thứ tự. — Recipient lines in order.",
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
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        }
      }
    },
    "period": {
      "type": "object",
      "additionalProperties": false,
      "title": "Thời kỳ (Period)",
      "description": "Một năm, hoặc giai đoạn từ năm … đến năm … (có thể kèm định hướng). — A year, or a range of years with an optional orientation year.",
      "properties": {
        "year": {
          "title": "Năm (year)",
          "description": "Năm của kế hoạch. — The plan's year.",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2200
        },
        "from": {
          "title": "Từ năm (from year)",
          "description": "Năm đầu giai đoạn. — First year.",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2200
        },
        "to": {
          "title": "Đến năm (to year)",
          "description": "Năm cuối giai đoạn. — Last year.",
          "type": "integer",
          "minimum": 1945,
          "maximum": 2200
        },
        "orientation": {
          "title": "Định hướng đến năm (orientation year)",
          "description": "Năm định hướng, ví dụ 2035. — Orientation year, e.g. 2035.",
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
      "title": "Phụ lục (Appendix)",
      "description": "Một phụ lục kèm theo kế hoạch. — An appendix.",
      "properties": {
        "title": {
          "title": "Tên phụ lục (title)",
          "description": "Tên phụ lục. — The appendix title.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "text": {
          "$ref": "#/$defs/text",
          "title": "Nội dung (text)",
          "description": "Đoạn văn của phụ lục. — Paragraphs."
        },
        "items": {
          "title": "Các mục (items)",
          "description": "Các mục của phụ lục. — Items.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/item"
          },
          "maxItems": 500
        },
        "landscape": {
          "title": "Khổ ngang (landscape)",
          "description": "In khổ ngang (bảng rộng). — Print landscape.",
          "type": "boolean"
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
      "properties": {
        "title": {
          "title": "Trích yếu (title)",
          "description": "Trích yếu kế hoạch cấp trên. — Its title.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "number": {
          "title": "Số, ký hiệu (number and symbol)",
          "description": "Ví dụ 15/KH-UBND. — e.g. 15/KH-UBND.",
          "type": "string",
          "maxLength": 60
        },
        "date": {
          "$ref": "#/$defs/date",
          "title": "Ngày (date)",
          "description": "Ngày ban hành. — Date of issue."
        },
        "issuer": {
          "title": "Cơ quan ban hành (issuer)",
          "description": "Cơ quan ban hành. — The issuer.",
          "type": "string",
          "minLength": 1,
          "maxLength": 20000
        },
        "hash": {
          "title": "Mã băm (content hash)",
          "description": "Mã băm nội dung bản cấp trên lúc nhân bản. — Content hash of the parent version cloned.",
          "type": "string",
          "pattern": "^sha256:[0-9a-f]{64}$"
        },
        "file": {
          "title": "Tệp (file)",
          "description": "Tên tệp kế hoạch cấp trên (tham khảo). — The parent's file name, for reference.",
          "type": "string",
          "maxLength": 500
        },
        "tasks": {
          "title": "Ảnh chụp nhiệm vụ cấp trên (parent tasks snapshot)",
          "description": "Mọi nhiệm vụ của kế hoạch cấp trên lúc nhân bản, để kiểm tra độ phủ và thay đổi. — Every parent task at cloning time, for coverage and drift.",
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
                "type": "string"
              },
              "ref": {
                "title": "Mục (reference)",
                "description": "Số mục cấp trên. — Parent reference.",
                "type": "string"
              },
              "carried": {
                "title": "Thuộc cấp này (falls to this level)",
                "description": "true nếu nhiệm vụ thuộc về cấp của đơn vị (phải được thực hiện). — true if the task falls to the unit's level.",
                "type": "boolean"
              },
              "hash": {
                "title": "Băm nội dung (text hash)",
                "description": "Băm nội dung lúc nhân bản. — Text hash when cloned.",
                "type": "string",
                "pattern": "^[0-9a-f]{16}$"
              },
              "timeHash": {
                "title": "Băm thời gian (time hash)",
                "description": "Băm thời gian lúc nhân bản. — Time hash when cloned.",
                "type": "string",
                "pattern": "^[0-9a-f]{16}$"
              }
            }
          }
        }
      }
    }
  }
} as const;
