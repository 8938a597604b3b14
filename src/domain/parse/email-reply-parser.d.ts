// email-reply-parser 1.9.4 ships no type declarations; this is the part of its API the parser uses.
declare module 'email-reply-parser' {
  interface ParsedEmail {
    getVisibleText(): string;
    getQuotedText(): string;
  }
  export default class EmailReplyParser {
    read(text: string): ParsedEmail;
    parseReply(text: string): string;
  }
}
