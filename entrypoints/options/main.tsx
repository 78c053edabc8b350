import { render } from 'preact';
import { OptionsForm } from '../../components/options-form.tsx';
import { getSettings, saveSettings } from '../shared/settings.ts';
import { fetchBundleFile } from '../shared/fetch-bundle.ts';
import type { BuildInfo } from '../../indexer/bundle-format.ts';
import '../../components/theme.css';

const [settings, infoText] = await Promise.all([getSettings(), fetchBundleFile('build-info.json')]);
const series = (JSON.parse(infoText) as BuildInfo).roots.map((r) => r.series).sort();

render(<OptionsForm settings={settings} series={series} onSave={saveSettings} />, document.getElementById('app')!);
