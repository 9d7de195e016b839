// Every unit test reads PAT Pilot's words in English, as a browser with an English UI would show them.
import { useMessageSource } from '../src/model/i18n.ts';
import { browserIn } from './locale-messages.ts';

useMessageSource(browserIn('en-US', 'en'));
