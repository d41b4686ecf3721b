// The sandbox e-ID provider of lienthong's synthetic city: node oidc-provider (OpenID Certified).
//
// FOR DEMOS AND TESTS ONLY. A synthetic citizen logs in with their CCCD as the login (any
// password: the provider's development login form; CCCD:1 or CCCD:2 chooses the e-ID level);
// the claims come from SANDBOX_CITIZENS.
// Everything else is the real protocol: authorization code flow, PKCE S256 required,
// private_key_jwt client authentication with the relying party's public JWKS, signed id_tokens.
//
// Environment:
//   PORT                 port on 127.0.0.1 (the issuer is http://127.0.0.1:PORT)
//   CLIENT_ID            the relying party's client id (lienthong)
//   REDIRECT_URI         its callback URL (comma-separated for several)
//   POST_LOGOUT_URI      where RP-initiated logout may return (default: each REDIRECT_URI's
//                        origin + "/"; comma-separated for several)
//   CLIENT_JWKS          path of the relying party's public JWKS (JSON)
//   SANDBOX_CITIZENS     path of a JSON object: CCCD -> {name, birthdate, level}
//   PROVIDER_JWKS        optional path of the provider's private signing JWKS (else generated)
import fs from "node:fs";
import crypto from "node:crypto";
import Provider from "oidc-provider";

const port = Number(process.env.PORT || 9090);
const issuer = `http://127.0.0.1:${port}`;
const citizens = JSON.parse(fs.readFileSync(process.env.SANDBOX_CITIZENS, "utf8"));
const clientJwks = JSON.parse(fs.readFileSync(process.env.CLIENT_JWKS, "utf8"));
const redirectUris = (process.env.REDIRECT_URI || "").split(",");
const postLogoutUris = process.env.POST_LOGOUT_URI
  ? process.env.POST_LOGOUT_URI.split(",")
  : redirectUris.filter(Boolean).map((uri) => `${new URL(uri).origin}/`);

function signingKeys() {
  if (process.env.PROVIDER_JWKS) {
    return JSON.parse(fs.readFileSync(process.env.PROVIDER_JWKS, "utf8"));
  }
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return { keys: [{ ...jwk, kid: "sandbox-1", use: "sig", alg: "RS256" }] };
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID || "lienthong",
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutUris,
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "private_key_jwt",
      token_endpoint_auth_signing_alg: "ES256",
      jwks: clientJwks,
    },
  ],
  jwks: signingKeys(),
  pkce: { required: () => true },
  scopes: ["openid", "profile", "eid"],
  claims: {
    openid: ["sub"],
    profile: ["name", "birthdate"],
    eid: ["cccd", "eid_level"],
  },
  conformIdTokenClaims: false, // the id_token carries the granted claims (one round trip)
  cookies: { keys: [crypto.randomBytes(32).toString("hex")] },
  features: { devInteractions: { enabled: true } },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, IdToken: 600, AccessToken: 600 },
  // The login is a CCCD, or CCCD:1 / CCCD:2 to choose the e-ID level of this login (a sandbox
  // stand-in for holding a level-1 or a level-2 account); a bare CCCD has the account's level.
  async findAccount(_ctx, id) {
    const [cccd, chosen] = String(id).split(":");
    const person = citizens[cccd];
    if (!person || (chosen !== undefined && chosen !== "1" && chosen !== "2")) return undefined;
    const level = chosen || String(person.level || 2);
    return {
      accountId: id,
      async claims() {
        return {
          sub: cccd,
          cccd,
          name: person.name,
          birthdate: person.birthdate,
          eid_level: level,
        };
      },
    };
  },
});
provider.proxy = false;
provider.listen(port, "127.0.0.1", () => {
  console.log(`SANDBOX e-ID provider (oidc-provider) on ${issuer}`);
});
