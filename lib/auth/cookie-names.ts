// next-auth's session cookie names (the __Secure- one when the site runs on https).
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
