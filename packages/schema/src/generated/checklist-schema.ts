// Generated from schemas/checklist.schema.json by packages/schema/scripts/gen-schema-module.mjs — do not edit.
/** The JSON Schema (draft 2020-12) of schemas/checklist.schema.json. */
export const checklistSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/checklist.schema.json",
  "title": "Danh mục nhiệm vụ (Task checklist)",
  "description": "Đầu ra JSON của `kehoach checklist`. — The JSON output of `kehoach checklist`.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "plan",
    "today",
    "items"
  ],
  "properties": {
    "plan": {
      "title": "Kế hoạch (plan)",
      "description": "Kế hoạch nguồn. — The source plan.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "number",
        "symbol",
        "date",
        "title",
        "issuer",
        "citation"
      ],
      "properties": {
        "number": {
          "title": "Số (number)",
          "description": "Số văn bản; null nếu dự thảo. — Number; null for a draft.",
          "type": [
            "integer",
            "null"
          ]
        },
        "symbol": {
          "title": "Ký hiệu (symbol)",
          "description": "Ví dụ KH-UBND. — e.g. KH-UBND.",
          "type": "string"
        },
        "date": {
          "title": "Ngày (date)",
          "description": "Ngày ban hành hoặc null. — Date of issue or null.",
          "anyOf": [
            {
              "type": "string",
              "format": "date"
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "title": "Trích yếu (title)",
          "description": "Trích yếu kế hoạch. — The title.",
          "type": "string"
        },
        "issuer": {
          "title": "Cơ quan ban hành (issuer)",
          "description": "Tên cơ quan ban hành. — The issuer.",
          "type": "string"
        },
        "citation": {
          "title": "Trích dẫn (citation)",
          "description": "Ví dụ “Kế hoạch số 15/KH-UBND ngày 24/7/2025 của …”. — How to cite the plan.",
          "type": "string"
        },
        "period": {
          "title": "Thời kỳ (period)",
          "description": "Ngày đầu và ngày cuối của thời kỳ kế hoạch (ISO), hoặc null. — First and last day of the plan's period (ISO), or null.",
          "anyOf": [
            {
              "type": "null"
            },
            {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "from",
                "to"
              ],
              "properties": {
                "from": {
                  "type": "string",
                  "format": "date",
                  "title": "Từ (from)",
                  "description": "Ngày đầu. — First day."
                },
                "to": {
                  "type": "string",
                  "format": "date",
                  "title": "Đến (to)",
                  "description": "Ngày cuối. — Last day."
                }
              }
            }
          ]
        }
      }
    },
    "today": {
      "title": "Ngày tính trạng thái (today)",
      "description": "Giá trị --today, hoặc null. — The --today date, or null.",
      "anyOf": [
        {
          "type": "string",
          "format": "date"
        },
        {
          "type": "null"
        }
      ]
    },
    "items": {
      "title": "Các mục việc (items)",
      "description": "Mọi mục việc. — Every item.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "ref",
          "kind",
          "agency",
          "role",
          "text",
          "lead",
          "support",
          "requested",
          "start",
          "due",
          "dueKind",
          "hour",
          "recurrence",
          "time",
          "window",
          "output",
          "to",
          "ongoing",
          "status",
          "source"
        ],
        "title": "Mục việc (Checklist item)",
        "description": "Một việc một cơ quan phải làm (hoặc báo cáo), có hạn cụ thể. — One thing one agency must do or report, with concrete dates.",
        "properties": {
          "id": {
            "title": "Mã theo dõi (stable id)",
            "description": "Mã ổn định từ kế hoạch và mã nhiệm vụ (không theo vị trí), dùng để lưu trạng thái. — Stable id from the plan and the task id, not from position; store statuses under it.",
            "type": "string",
            "minLength": 1
          },
          "ref": {
            "title": "Mục (reference)",
            "description": "Số mục trong kế hoạch, ví dụ II.7.b; III cho báo cáo. — The plan reference, e.g. II.7.b; III for reports.",
            "type": "string"
          },
          "kind": {
            "title": "Loại (kind)",
            "description": "task (nhiệm vụ) hoặc report (báo cáo). — A task or a report.",
            "enum": [
              "task",
              "report"
            ]
          },
          "agency": {
            "title": "Cơ quan (agency)",
            "description": "Cơ quan thực hiện mục này; null nếu chưa phân công. — The agency this item is for; null when unassigned.",
            "anyOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "id",
                  "name",
                  "shortName"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "shortName": {
                    "type": "string"
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "role": {
            "title": "Vai trò (role)",
            "description": "lead (chủ trì), support (phối hợp), requested (được đề nghị), reporter (báo cáo). — The agency's role.",
            "enum": [
              "lead",
              "support",
              "requested",
              "reporter",
              null
            ]
          },
          "text": {
            "title": "Nội dung (text)",
            "description": "Nội dung nhiệm vụ (văn bản thuần). — The task's plain text.",
            "type": "string"
          },
          "lead": {
            "title": "Chủ trì (lead)",
            "description": "Tên các cơ quan chủ trì. — Lead agency names.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "support": {
            "title": "Phối hợp (coordinating)",
            "description": "Tên các cơ quan phối hợp. — Coordinating agency names.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "requested": {
            "title": "Đề nghị (requested)",
            "description": "Tên các cơ quan được đề nghị. — Requested body names.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "start": {
            "title": "Bắt đầu (start)",
            "description": "Ngày bắt đầu (ISO) hoặc null. — Start date (ISO) or null.",
            "anyOf": [
              {
                "type": "string",
                "format": "date"
              },
              {
                "type": "null"
              }
            ]
          },
          "due": {
            "title": "Hạn (due)",
            "description": "Ngày hạn (ISO) hoặc null nếu thường xuyên. — Due date (ISO) or null when ongoing.",
            "anyOf": [
              {
                "type": "string",
                "format": "date"
              },
              {
                "type": "null"
              }
            ]
          },
          "dueKind": {
            "title": "Kiểu hạn (due kind)",
            "description": "Cách tính hạn. Hạn (due) luôn là ngày kế hoạch ghi. before: “trước ngày 25” — làm xong trong ngày 25 là trễ, ngày cuối cùng đúng hạn là ngày 24 (lịch iCalendar đặt sự kiện vào ngày 24 và ghi rõ điều này); by: “chậm nhất ngày 25”, “ngày 25 hằng tháng” — tính cả ngày 25; on: đúng ngày đó. — How the due date binds; due is always the day the plan names. before: exclusive (the last day on time is the day before, the day a calendar event is put on, saying so); by: inclusive; on: that day.",
            "enum": [
              "before",
              "by",
              "on",
              null
            ]
          },
          "hour": {
            "title": "Giờ hạn (hour)",
            "description": "Giờ trong ngày hạn, ví dụ “11:00” (“thứ Năm hằng tuần, trước 11 giờ”: làm trong ngày hạn, trước giờ này); null nếu không nêu giờ. — The hour on the due day, e.g. “11:00”; null when none is given.",
            "anyOf": [
              {
                "type": "string",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
              },
              {
                "type": "null"
              }
            ]
          },
          "recurrence": {
            "title": "Định kỳ (recurrence)",
            "description": "Kiểu lặp (quarter, half-year…) hoặc tên kỳ báo cáo (Quý I). — Recurrence kind or the report period label.",
            "type": [
              "string",
              "null"
            ]
          },
          "time": {
            "title": "Thời gian theo kế hoạch (time in words)",
            "description": "Thời gian như kế hoạch in ra, ví dụ “Trước ngày 25 hằng tháng”, “Trước 30/9/2025”, “Trước ngày 15/6/2026” (báo cáo); null khi kế hoạch không nêu thời gian. — The time as the plan prints it; null when the plan gives none.",
            "type": [
              "string",
              "null"
            ]
          },
          "window": {
            "title": "Kỳ số liệu (window)",
            "description": "Khoảng thời gian của việc hoặc kỳ số liệu của báo cáo. — The task window or the report's data window.",
            "anyOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "from",
                  "to"
                ],
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "output": {
            "title": "Sản phẩm (output)",
            "description": "Sản phẩm dự kiến. — Expected output.",
            "type": [
              "string",
              "null"
            ]
          },
          "to": {
            "title": "Gửi về (to)",
            "description": "Với báo cáo: nơi nhận (qua …). — For a report: who receives it.",
            "type": [
              "string",
              "null"
            ]
          },
          "ongoing": {
            "title": "Thường xuyên (ongoing)",
            "description": "true khi không có hạn. — True when undated.",
            "type": "boolean"
          },
          "status": {
            "title": "Trạng thái (status)",
            "description": "Tính theo ngày --today; null khi không có ngày để so. — Computed against --today; null without it.",
            "enum": [
              "chưa hoàn thành trong hạn",
              "hoàn thành đúng hạn",
              "hoàn thành quá hạn",
              "quá hạn",
              null
            ]
          },
          "source": {
            "title": "Nguồn (source)",
            "description": "JSON pointer của nhiệm vụ hoặc kỳ báo cáo trong kế hoạch. — JSON pointer of the task or report period in the plan.",
            "type": "string"
          }
        }
      }
    }
  }
} as const;
