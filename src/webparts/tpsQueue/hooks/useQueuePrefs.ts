import * as React from 'react';

/** What the queue remembers per person on this device. */
export interface IQueuePrefs {
  /** Work types the TPSO chose to see; `undefined` means "my specialties". */
  chosen?: string[];
  /** Specialties from the roster last time it was read (so the first render needs no roster request). */
  specialties?: string[];
  /** When the roster was read (ms since epoch). */
  specialtiesAt?: number;
  /** Play a sound when new enquiries arrive. */
  sound?: boolean;
}

function prefsKey(login: string): string {
  return 'boutique-tps.queue.' + login.toLowerCase();
}

/** Reads the remembered choices (an empty object when there are none or storage is unavailable). */
export function readPrefs(login: string): IQueuePrefs {
  try {
    const raw: string | null = window.localStorage.getItem(prefsKey(login));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return parsed && typeof parsed === 'object' ? (parsed as IQueuePrefs) : {};
  } catch {
    return {};
  }
}

/** Merges and stores choices; storage failures (private mode, quota) are ignored. */
export function writePrefs(login: string, change: IQueuePrefs): IQueuePrefs {
  const next: IQueuePrefs = { ...readPrefs(login), ...change };
  try {
    window.localStorage.setItem(prefsKey(login), JSON.stringify(next));
  } catch {
    // Not remembered on this device; the queue still works.
  }
  return next;
}

/** What {@link useQueuePrefs} returns. */
export interface IQueuePrefsState {
  /** Everything remembered on this device. */
  prefs: IQueuePrefs;
  /** The TPSO's specialties as last read from the roster ([] until known). */
  specialties: string[];
  /** The work types shown: the TPSO's choice, else their specialties. */
  chosen: string[];
  /** Adds or removes one work type from the choice. */
  choose: (key: string, selected: boolean) => void;
  /** Back to "my specialties". */
  chooseSpecialties: () => void;
  /** Sound on new arrivals, on or off. */
  setSound: (on: boolean) => void;
  /** Remembers the specialties just read from the roster. */
  rememberSpecialties: (keys: string[]) => void;
}

/** The TPSO's queue choices, remembered per person on this device (so a failed roster read still has them). */
export function useQueuePrefs(login: string): IQueuePrefsState {
  const [prefs, setPrefs] = React.useState<IQueuePrefs>(() => readPrefs(login));
  const specialties: string[] = prefs.specialties || [];
  const chosen: string[] = prefs.chosen || specialties;
  const remember = (change: IQueuePrefs): void => setPrefs(writePrefs(login, change));

  const choose = (key: string, selected: boolean): void => {
    const next: string[] = chosen.filter((k) => k !== key);
    if (selected) {
      next.push(key);
    }
    remember({ chosen: next });
  };
  const rememberSpecialties = React.useCallback(
    (keys: string[]): void => {
      setPrefs(writePrefs(login, { specialties: keys, specialtiesAt: Date.now() }));
    },
    [login]
  );
  return {
    prefs,
    specialties,
    chosen,
    choose,
    rememberSpecialties,
    chooseSpecialties: () => remember({ chosen: undefined }),
    setSound: (on: boolean) => remember({ sound: on })
  };
}
