# PowerShell completion for ant, answered by `ant __complete` (commands, flags, and resource ids
# from the API). Load it with: ant @completion pwsh | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName ant -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.Extent.Text })
    if ($wordToComplete -eq '') { $words += '' }
    $env:COMPLETION_STYLE = 'pwsh'
    $out = & ant __complete -- @words 2>$null
    $code = $LASTEXITCODE
    Remove-Item Env:COMPLETION_STYLE
    $prefix = ''
    $path = $null
    # A value that embeds a file: @path, @file://path, @data://path.
    if ($wordToComplete -match '^(.*@(?:file://|data://)?)(.*)$') {
        $prefix = $Matches[1]
        $path = $Matches[2]
    } elseif ($code -eq 10) {
        $path = $wordToComplete
    }
    if ($null -ne $path) {
        Get-ChildItem -Path "$path*" -ErrorAction SilentlyContinue | ForEach-Object {
            $text = $prefix + $_.Name + $(if ($_.PSIsContainer) { '/' } else { '' })
            [System.Management.Automation.CompletionResult]::new($text, $text, 'ProviderItem', $text)
        }
    } elseif ($code -eq 0) {
        $out | ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
        }
    }
}
