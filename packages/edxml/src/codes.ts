import { defineCodes } from '@kehoach/core';

/** The diagnostic codes `@kehoach/edxml` emits. */
export const EDXML_CODES = defineCodes('edxml', {
  EDXML_NO_ORGAN_ID: {
    severity: 'error',
    vi: 'Chưa có mã định danh điện tử của cơ quan ban hành nên không lập được gói tin edXML: khai báo issuer.agency và organId của cơ quan đó trong agencies (ví dụ organId: 000.00.31.H46).',
    en: 'The issuer has no electronic identifier, so no edXML message can be built: set issuer.agency and that agency\'s organId.',
    example: 'issuer: { name: …, abbreviation: UBND, place: … }  # no agency with organId',
  },
  EDXML_NO_RECIPIENT_ID: {
    severity: 'error',
    vi: 'Không nơi nhận nào có mã định danh điện tử nên gói tin edXML không có cơ quan nhận (To): thêm organId cho cơ quan nhận trong agencies và ghi “agency:” ở nơi nhận.',
    en: 'No recipient has an electronic identifier, so the edXML message has no To: give a recipient agency an organId.',
    example: 'recipients: { to: [{ name: Các sở, ban, ngành }], archive: VT }',
  },
  EDXML_RECIPIENT_NOT_SENT: {
    severity: 'info',
    vi: '{count} nơi nhận không có mã định danh điện tử ({names}): chỉ ghi vào danh sách nơi nhận (ToPlaces), không gửi qua trục liên thông.',
    en: '{count} recipients have no electronic identifier ({names}): listed in ToPlaces only, not sent through the axis.',
    example: 'recipients: { to: [{ name: LĐ VPUBND tỉnh }] }',
  },
  EDXML_FIELD_MISSING: {
    severity: 'error',
    vi: 'Gói tin edXML thiếu trường bắt buộc {field} ({label}) theo QCVN 102:2016/BTTTT{hint}.',
    en: 'The edXML message lacks the required field {field}{hintEn}.',
    example: 'a draft without number: Code/CodeNumber',
  },
  EDXML_FIELD_TOO_LONG: {
    severity: 'error',
    vi: 'Trường {field} ({label}) dài {length} ký tự, quá giới hạn {max} ký tự của QCVN 102:2016/BTTTT.',
    en: 'Field {field} has {length} characters, more than the {max} allowed by QCVN 102:2016/BTTTT.',
    example: 'a signer name longer than 50 characters',
  },
  EDXML_SEVERAL_SIGNERS: {
    severity: 'info',
    vi: 'Văn bản có {count} chữ ký; gói tin edXML chỉ ghi người ký thứ nhất ({name}).',
    en: 'The document has {count} signatures; the edXML message carries the first ({name}).',
    example: 'signature: [ {…}, {…} ]  # joint plan',
  },
});

/** A code of `EDXML_CODES`. */
export type EdxmlCode = keyof typeof EDXML_CODES.codes;
