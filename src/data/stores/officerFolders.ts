import { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import type { IFolder, IFolderInfo } from '@pnp/sp/folders';
import { httpStatus } from '../errors';
import { ItemReaderGrant } from './itemReader';

/** Characters SharePoint Online refuses in a folder name (and `#`/`%`, which old clients mangle). */
const UNSAFE_IN_FOLDER_NAME: RegExp = /["*:<>?/\\|#%]/g;

/** The folder name that holds one officer's items: their lower-case login, made safe for a URL path. */
export function officerFolderName(officerKey: string): string {
  return officerKey.toLowerCase().replace(UNSAFE_IN_FOLDER_NAME, '_').replace(/\.+$/, '_');
}

/**
 * One folder per officer in a list, readable by that officer alone: created on first use, its inheritance broken
 * (a copy of the list's grants, so TPS staff keep theirs) and the officer granted Read on it. Items created in the
 * folder inherit it, so the officer reads them and nobody else's. Every step is safe to repeat (a second checker
 * racing to make the same folder finds it made). One permission scope per officer, not per item.
 */
export class OfficerFolders {
  private readonly _sp: SPFI;
  private readonly _listTitle: string;
  private readonly _readers: ItemReaderGrant;
  private readonly _ready: Map<string, string> = new Map<string, string>();

  public constructor(sp: SPFI, listTitle: string) {
    this._sp = sp;
    this._listTitle = listTitle;
    this._readers = new ItemReaderGrant(sp);
  }

  /** The officer's folder (server-relative URL), made and shown to them if it was not yet. */
  public async ensure(officerKey: string, officerId: number): Promise<string> {
    const name: string = officerFolderName(officerKey);
    const known: string | undefined = this._ready.get(name);
    if (known !== undefined) {
      return known;
    }
    const list = this._sp.web.lists.getByTitle(this._listTitle);
    const folder: IFolder = list.rootFolder.folders.getByUrl(name);
    let info: IFolderInfo;
    try {
      info = await folder.select('ServerRelativeUrl')();
    } catch (err) {
      if (httpStatus(err) !== 404) {
        throw err;
      }
      try {
        info = await list.rootFolder.folders.addUsingPath(name, false);
      } catch {
        // Another checker made it between the read and the add: use theirs.
        info = await folder.select('ServerRelativeUrl')();
      }
    }
    const item: { Id: number } = await folder.listItemAllFields.select('Id')();
    await this._readers.grant(list.items.getById(item.Id), officerId);
    this._ready.set(name, info.ServerRelativeUrl);
    return info.ServerRelativeUrl;
  }
}
