/**
 * UI text of logging in and out (features/auth), in Dutch and English.
 * Spread into messages.ts, so `t()` and the key checks cover them like any other.
 */
export const authNl = {
  'auth.login.title': 'Aanmelden',
  'auth.login.name': 'Gebruikersnaam',
  'auth.login.password': 'Wachtwoord',
  'auth.login.submit': 'Aanmelden',
  'auth.login.wrong': 'Gebruikersnaam of wachtwoord klopt niet.',
  'auth.login.tooMany': 'Te veel pogingen. Probeer het over een minuut opnieuw.',
  'auth.login.failed': 'Aanmelden lukt nu niet. Probeer het later opnieuw.',
  'auth.login.expired': 'Je sessie is verlopen. Meld je opnieuw aan.',
  'auth.loggedInAs': 'Aangemeld als {name} ({role})',
  'auth.logout': 'Afmelden',
  'auth.logoutEverywhere': 'Overal afmelden',
};

export const authEn: Record<keyof typeof authNl, string> = {
  'auth.login.title': 'Log in',
  'auth.login.name': 'User name',
  'auth.login.password': 'Password',
  'auth.login.submit': 'Log in',
  'auth.login.wrong': 'Wrong user name or password.',
  'auth.login.tooMany': 'Too many attempts. Try again in a minute.',
  'auth.login.failed': 'Logging in does not work right now. Try again later.',
  'auth.login.expired': 'Your session has expired. Please log in again.',
  'auth.loggedInAs': 'Logged in as {name} ({role})',
  'auth.logout': 'Log out',
  'auth.logoutEverywhere': 'Log out everywhere',
};
