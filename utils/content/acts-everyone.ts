import { everyoneBodyActs } from './acts-everyone-body';
import { everyoneCloseActs } from './acts-everyone-close';
import { everyoneSelfActs } from './acts-everyone-self';
import { everyoneWorldActs } from './acts-everyone-world';
import type { Act } from './types';

/** Acts that suit any focus, gathered from their themed files. Words live in locales under acts.<id>. */
export const everyoneActs: readonly Act[] = [
  ...everyoneSelfActs,
  ...everyoneBodyActs,
  ...everyoneCloseActs,
  ...everyoneWorldActs,
];
