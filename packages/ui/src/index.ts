// The pieces both apps share: USWDS layout, forms, dialogs, legal warning, i18n and page titles.
// Import the styles once per app: `import '@cos/ui/uswds.scss'` (the trimmed USWDS), then `'@cos/ui/styles.css'`.
export {
  ApiError,
  createApiClient,
  isApiError,
  type ApiClientOptions,
  type ApiFieldError,
  type ApiSession,
} from './api/api-client.ts';
export {
  createI18n,
  initialLanguage,
  saveLanguageChoice,
  type CreateI18nOptions,
} from './i18n/create-i18n.ts';
export { detectLanguage, isLanguage, supportedLanguages, type Language } from './i18n/languages.ts';
export { LanguageSwitch } from './i18n/language-switch.tsx';
export { strayTranslationKeys, translationKeys } from './i18n/translation-keys.ts';
export { GovBanner } from './layout/gov-banner.tsx';
export { MainContent, mainContentId } from './layout/main-content.tsx';
export { isNavGroup, type NavEntry, type NavGroup, type NavItem } from './layout/nav-item.ts';
export { SiteFooter, type SiteFooterProps } from './layout/site-footer.tsx';
export { SiteHeader, type SiteHeaderProps } from './layout/site-header.tsx';
export { SkipLink } from './layout/skip-link.tsx';
export { StepIndicator, type StepIndicatorProps } from './layout/step-indicator.tsx';
export { useMobileMenu } from './layout/use-mobile-menu.ts';
export { LegalWarning } from './legal/legal-warning.tsx';
export { createUserActivity, userActivity } from './session/user-activity.ts';
export { ModalDialog, type ModalDialogProps } from './overlay/modal-dialog.tsx';
export { linkify, type BodyPart } from './notices/linkify.ts';
export { NoticeAlert, type NoticeAlertProps, type NoticeSeverityName } from './notices/notice-alert.tsx';
export { NoticeBody } from './notices/notice-body.tsx';
export { CheckboxField, type CheckboxFieldProps } from './forms/checkbox-field.tsx';
export { ErrorSummary, errorFor, errorText, type FieldError } from './forms/error-summary.tsx';
export { FormGroup, type FieldControlProps } from './forms/form-group.tsx';
export { PasswordField } from './forms/password-field.tsx';
export {
  RadioGroupField,
  radioOptionId,
  type RadioGroupFieldProps,
  type RadioOption,
} from './forms/radio-group-field.tsx';
export { SelectField, type SelectFieldProps } from './forms/select-field.tsx';
export { TextField, type TextFieldProps } from './forms/text-field.tsx';
export { TextareaField, type TextareaFieldProps } from './forms/textarea-field.tsx';
export {
  useApiForm,
  type ApiForm,
  type FieldBinding,
  type FieldMessage,
  type UseApiFormOptions,
} from './forms/use-api-form.ts';
export { RouteTitle, useDocumentTitle } from './page-title/document-title.tsx';
export {
  ChangePasswordFormBody,
  type ChangePasswordFormBodyProps,
  type NewPasswordBinding,
} from './password/change-password-form-body.tsx';
export { NewPasswordField, useProblemText } from './password/new-password-field.tsx';
export {
  usePasswordCheck,
  type PasswordCheck,
  type PasswordContext,
  type PasswordPolicy,
} from './password/use-password-check.ts';
export {
  announcedSeconds,
  formatCountdown,
  idlePhase,
  idlePolicyFromMinutes,
  type IdlePhase,
  type IdlePolicy,
} from './session/idle.ts';
export { IdleWarningDialog, type IdleWarningDialogProps } from './session/idle-warning-dialog.tsx';
export {
  createSessionStore,
  type SessionGrantBase,
  type SessionState,
  type SessionStore,
  type SessionStoreOptions,
  type SignedInState,
  type SignOutReason,
} from './session/session-store.ts';
export { useIdleTimeout, type UseIdleTimeoutOptions } from './session/use-idle-timeout.ts';
export { findTitleKey, formatTitle, type RouteHandle } from './page-title/route-title.ts';
