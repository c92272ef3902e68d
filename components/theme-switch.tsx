'use client'
import { useStore } from './use-store'
import { getTheme, setTheme, subscribe, type Theme } from './theme-store'

const CHOICES: [Theme, string][] = [['system', 'System'], ['light', 'Light'], ['dark', 'Dark']]

/**
 * System, light or dark: three radio buttons, so Tab reaches the group and the arrow keys choose.
 * The look of the chosen one comes from <html data-theme> (set before the first paint), so it is
 * right before this hydrates; without JavaScript the group is hidden and the system decides.
 */
export function ThemeSwitch() {
  const theme = useStore(subscribe, getTheme, (): Theme => 'system')
  return (
    <fieldset className="theme-switch">
      <legend>Theme</legend>
      {CHOICES.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name="theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  )
}
