import { PasswordSignInPage } from "@engagiert/ui/password-sign-in-page";
import { CityChoiceField } from "../city-choice-select.tsx";

/** Signing in to the network: first the city where the member's account lives. */
export function SignInPage() {
  return <PasswordSignInPage cityField={<CityChoiceField />} />;
}
