/**
 * "Re:", "AW:", "SV:", "Odp:", "回复：", "返信:" (and "Re[2]:"): the prefixes mail clients put before the
 * subject of a reply or a forward, in the languages the desk is written to. Stripped before a subject is
 * read, as many as there are.
 */
export const SUBJECT_PREFIX = /^\s*(?:(?:re|aw|sv|vs|vl|antw|ref|rif|tr|wg|fwd?|fw|rv|enc|r|odp|απ|σχετ|πρθ|vá|ynt|yan[ıi]t|отв|відп|رد|השב|תשובה|trả lời|tl|balas|ตอบกลับ|回复|答复|回覆|返信)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;
