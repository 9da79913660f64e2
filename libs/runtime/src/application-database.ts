/**
 * The connection a process of the ledger works with. In the embedded mode that is the application's
 * own role, made (with the owner and the projector's) on the way by provisionLedgerRoles, never the
 * superuser; with DATABASE_URL, the URL as given: the operators make the roles (README, "Database roles").
 */
import { provisionLedgerRoles } from '@app/event-store';

export async function applicationDatabaseUrl(
  database: { readonly databaseUrl: string; readonly embedded: boolean },
  dataDir: string,
): Promise<string> {
  if (!database.embedded) return database.databaseUrl;
  return (await provisionLedgerRoles(database.databaseUrl, { dataDir })).applicationUrl;
}
