package cn.jianfu.common;

/**
 * The one place that says how long each text people type may be. Every limit is the size of the
 * column that stores it ({@code TextLimitsIT} compares them with the database), counted in
 * characters as a person counts them: a character outside the Basic Multilingual Plane (a rare name
 * character, an emoji) is one character, as it is for a utf8mb4 column, not two UTF-16 units. The
 * frontend mirrors these numbers in {@code frontend/src/lib/text-limits.ts}, checked by
 * {@code TextLimitsMirrorTest}.
 */
public final class TextLimits {

    // Organisations and users (V1)
    /** org_unit.name */
    public static final int ORG_NAME = 100;
    /** app_user.display_name, audit_event.actor_name */
    public static final int DISPLAY_NAME = 50;

    // Admission applications and items (V3)
    /** admission_application.item_name, admission_item.item_name */
    public static final int ITEM_NAME = 100;
    /** legal_basis */
    public static final int LEGAL_BASIS = 2000;
    /** content */
    public static final int ITEM_CONTENT = 4000;
    /** performance_standard */
    public static final int PERFORMANCE_STANDARD = 2000;
    /** funding_note */
    public static final int FUNDING_NOTE = 500;
    /** self_assessment */
    public static final int SELF_ASSESSMENT = 4000;
    /** A reviewer's or approver's comment, a refusal or withdrawal reason (refusal_reason; audit lines). */
    public static final int DECISION_COMMENT = 2000;

    // Clues (V4)
    /** clue.reported_unit_text */
    public static final int REPORTED_UNIT_TEXT = 100;
    /** clue.place */
    public static final int PLACE = 200;
    /** clue.occurred_when */
    public static final int OCCURRED_WHEN = 100;
    /** clue.description */
    public static final int DESCRIPTION = 4000;
    /** The shortest description that says something. */
    public static final int DESCRIPTION_MIN = 10;
    /** The reporter's name (stored encrypted, so the limit is the form's). */
    public static final int REPORTER_NAME = 50;
    /** Findings, plan, report, reply, the reporter's addition (4000-character columns of their own). */
    public static final int CLUE_TEXT = 4000;
    /** The triage reason (not_accepted_reason) and the office's check comment. */
    public static final int CLUE_COMMENT = 2000;
    /** clue.rating_comment */
    public static final int RATING_COMMENT = 1000;
    /** clue.typical_summary */
    public static final int TYPICAL_SUMMARY = 2000;
    /** clue_callback.note: the office's record of a call-back (V33) */
    public static final int CALLBACK_NOTE = 500;

    // Warnings (V14)
    /** warning.acknowledged_note */
    public static final int WARNING_NOTE = 1000;

    // Notification preferences (V15)
    /** notification_preference.email */
    public static final int NOTIFY_EMAIL = 200;
    /** notification_preference.webhook_to: the receiver at the SMS or government-chat gateway */
    public static final int NOTIFY_RECEIVER = 100;

    // The list's two-year review (V19)
    /** list_review_feedback.comment_text */
    public static final int FEEDBACK_COMMENT = 1000;
    /** list_review.proposal_reason */
    public static final int PROPOSAL_REASON = 2000;
    /** list_review.round_name */
    public static final int REVIEW_ROUND_NAME = 100;

    // Special rectification topics (V20)
    /** special_topic.title */
    public static final int TOPIC_TITLE = 100;
    /** special_topic.description */
    public static final int TOPIC_DESCRIPTION = 2000;
    /** special_topic_report.text_body */
    public static final int TOPIC_REPORT = 4000;

    // Evaluation of departments (V18)
    /** evaluation_round.name */
    public static final int EVALUATION_ROUND_NAME = 100;
    /** evaluation_comment.content */
    public static final int EVALUATION_COMMENT = 1000;

    // Attachments (V2)
    /** attachment.file_name */
    public static final int FILE_NAME = 200;

    // The working-day calendar (V23)
    /** calendar_special_day.name: the holiday a day belongs to (春节, 国庆节). */
    public static final int SPECIAL_DAY_NAME = 30;

    // A user's saved phrases, 常用意见 (V30)
    /** user_phrase.phrase_text */
    public static final int PHRASE_TEXT = 200;

    // Lines the platform composes from the texts above; cut to fit, never refused
    /** audit_event.comment: an action's words followed by the person's comment. */
    public static final int AUDIT_LINE = 4000;
    /** admission_item.cooperating_orgs: the cooperating departments' names, joined. */
    public static final int COOPERATING_NAMES = 1000;

    private TextLimits() {}

    /** The length a person sees: characters, with a pair of surrogates counted once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Whether the text is longer than {@code max} characters. */
    public static boolean exceeds(String text, int max) {
        return text != null && (text.length() > max && length(text) > max);
    }
}
