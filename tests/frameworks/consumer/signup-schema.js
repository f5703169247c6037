// One definition of the sign-up form's password rule, used by the React form (TanStack Form)
// and by the Hono server. The checker loads at the first validation, not at import.
import { createChecker } from "passgate";
import { passwordFormSchema } from "passgate/schema";

export const policy = { preset: "microsoft-entra" };

export const signupSchema = passwordFormSchema(() => createChecker({ policy }));
