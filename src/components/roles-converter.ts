import type { ComplexAttributeConverter } from 'lit';

/** Roles offered when nothing else is said: better-auth's admin plugin roles plus a moderator. */
export const DEFAULT_ROLES: readonly string[] = ['user', 'moderator', 'admin'];

/** `roles="user, admin"` as an attribute (deduplicated; blank falls back to the defaults), or a string[] property. */
export const rolesConverter: ComplexAttributeConverter<readonly string[]> = {
  fromAttribute(value) {
    const roles = (value ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    return roles.length > 0 ? [...new Set(roles)] : DEFAULT_ROLES;
  },
  toAttribute: (roles) => roles.join(','),
};
