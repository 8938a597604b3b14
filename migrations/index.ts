/**
 * Every migration, in order. A static list (instead of knex reading the folder) so that migrations
 * load the same way under tsx, vitest and any bundler. Add new files at the end; never edit old ones.
 */
import type { Knex } from 'knex';
import * as m001 from './001_core';
import * as m002 from './002_jobs';
import * as m003 from './003_mailbox';
import * as m004 from './004_slack';
import * as m005 from './005_confirmation';
import * as m006 from './006_held_mail';
import * as m007 from './007_indexes';
import * as m009 from './009_admins';
import * as m010 from './010_account_purge';
import * as m011 from './011_reply_limit_index';
import * as m012 from './012_slack_card_first_claim';
import * as m013 from './013_partition_settle_count';

export interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export const migrations: [name: string, migration: Migration][] = [
  ['001_core', m001],
  ['002_jobs', m002],
  ['003_mailbox', m003],
  ['004_slack', m004],
  ['005_confirmation', m005],
  ['006_held_mail', m006],
  ['007_indexes', m007],
  ['009_admins', m009],
  ['010_account_purge', m010],
  ['011_reply_limit_index', m011],
  ['012_slack_card_first_claim', m012],
  ['013_partition_settle_count', m013],
];
