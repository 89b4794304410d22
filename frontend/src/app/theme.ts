import type { ThemeConfig } from 'antd';

/** The brand's red: the header and the public pages' accents (never a control's focus or primary colour). */
export const BRAND_RED = '#b7322c';

/**
 * The app's antd theme. The primary (focus, selection, primary button) colour is a deep blue, so a
 * focused field never looks like a field in error (errors stay red). Every text colour meets WCAG AA
 * (4.5:1) on white and on the page's #f5f5f5: primary 6.3:1, error 5.1:1, secondary text 5.3:1.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5c99',
    colorLink: '#1f5c99',
    colorError: '#cf1322',
    // status texts (Typography, Alert text) darker than antd's defaults, which fail AA on white
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    colorErrorText: '#cf1322',
    colorInfo: '#1f5c99',
    // antd's default secondary text (45 % black, 3.4:1) is too faint for AA
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // placeholders are read as hints: 4.6:1 instead of antd's 1.8:1
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.54)',
    borderRadius: 6,
    motion: false,
  },
};
