import type { Conversation } from '../../../../src-shared/history.ts';

/**
 * The JSON export's shape (version 1):
 *   { "format": "byok-arena.conversation", "version": 1, "exportedAt": ISO time, "conversation": Conversation }
 * `conversation` is everything stored, as src-shared/history.ts declares it (one run's export holds
 * that turn alone, its `total` that turn's). A later version bumps `version`; readers check both fields.
 */
export const JSON_EXPORT_FORMAT = 'byok-arena.conversation';
export const JSON_EXPORT_VERSION = 1;

export function conversationJson(conversation: Conversation, exportedAt: Date): string {
  const document = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    conversation,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
