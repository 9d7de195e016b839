// A person at the keyboard and mouse: real clicks on what they see, one key at a time, and a
// tally of both (the manual-effort baseline PAT Pilot is measured against).
import type { Locator, Page } from '@playwright/test';

export interface ManualEffort {
  readonly clicks: number;
  readonly keystrokes: number;
  readonly total: number;
}

export class ScriptedUser {
  private clicks = 0;
  private keystrokes = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks += 1;
  }

  /** Types into whatever has focus; every character is a keystroke. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.keystrokes += text.length;
  }

  /** A key or a chord ("Control+A") counts as one keystroke. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keystrokes += 1;
  }

  async clickAndType(target: Locator, text: string): Promise<void> {
    await this.click(target);
    await this.type(text);
  }

  get effort(): ManualEffort {
    return { clicks: this.clicks, keystrokes: this.keystrokes, total: this.clicks + this.keystrokes };
  }
}
