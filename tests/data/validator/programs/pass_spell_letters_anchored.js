// Type the word CAT: letters appear as you type, Backspace deletes one, Enter checks the word
class Spell extends Phaser.Scene {
  create() {
    this.typed = '';
    this.view = this.add.text(300, 250, '', { fontSize: '40px', color: '#ffffff' });
    this.msg = this.add.text(300, 320, '', { fontSize: '24px', color: '#88ff88' });
    this.input.keyboard.on('keydown', (event) => {
      if (/^[a-z]$/i.test(event.key)) this.typed += event.key.toUpperCase();
      else if (event.key === 'Backspace') this.typed = this.typed.slice(0, -1);
      else if (event.key === 'Enter') this.msg.setText(this.typed === 'CAT' ? 'Right!' : 'Try again');
      this.view.setText(this.typed);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spell });
