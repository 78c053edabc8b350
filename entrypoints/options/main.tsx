import { render } from 'preact';
import { OptionsForm } from '../../components/options-form.tsx';
import { getSettings, saveSettings, watchSettings, type Settings } from '../shared/settings.ts';
import { fetchBuildInfo } from '../shared/fetch-build-info.ts';
import { SiteAccessPanel } from '../shared/site-access-panel.tsx';
import '../../components/theme.css';

const [initial, info] = await Promise.all([getSettings(), fetchBuildInfo()]);
const series = info.roots.map((r) => r.series).sort();
const app = document.getElementById('app')!;

// Each change is applied to the settings as stored now: the popup or the names control may have changed them.
const save = async (change: (s: Settings) => Settings) => saveSettings(change(await getSettings()));

function show(settings: Settings) {
  render(<OptionsForm settings={settings} series={series} onSave={save} siteAccess={<SiteAccessPanel />} />, app);
}
show(initial);
watchSettings(show);
