// Breathing guide: the circle grows for 4 s ("Breathe in"), holds 2 s ("Hold"), shrinks for 4 s ("Breathe out"), rests 2 s ("Rest"), and repeats, counting finished cycles.
const INHALE = 4000;
const HOLD = 2000;
const EXHALE = 4000;
const REST = 2000;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 600,
  height: 600,
  backgroundColor: '#0b2530',
  scene: {
    create() {
      this.add.circle(300, 300, 180, 0xffffff, 0.06).setStrokeStyle(2, 0x9be7ff, 0.4);
      this.orb = this.add.circle(300, 300, 90, 0x4fc3f7, 0.85);
      this.prompt = this.add.text(300, 300, 'Breathe in', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
      this.counter = this.add.text(300, 560, 'Cycles: 0', { fontSize: '22px', color: '#b3e5fc' }).setOrigin(0.5);
      this.cycles = 0;
      this.lastScale = 1;
      this.phase = 'Rest';

      this.breath = this.tweens.add({
        targets: this.orb,
        scale: 2,
        duration: INHALE,
        ease: 'Sine.easeInOut',
        hold: HOLD,
        yoyo: true,
        repeatDelay: REST,
        repeat: -1
      });

      this.input.keyboard.on('keydown-SPACE', () => {
        if (this.breath.isPaused()) this.breath.resume();
        else this.breath.pause();
      });
    },

    update() {
      const s = this.orb.scale;
      let phase;
      if (s >= 1.999) phase = 'Hold';
      else if (s <= 1.001) phase = 'Rest';
      else phase = s > this.lastScale ? 'Breathe in' : s < this.lastScale ? 'Breathe out' : this.phase;
      this.lastScale = s;
      if (phase !== this.phase) {
        if (phase === 'Rest' && this.phase === 'Breathe out') {
          this.cycles++;
          this.counter.setText('Cycles: ' + this.cycles);
        }
        this.phase = phase;
        this.prompt.setText(this.breath.isPaused() ? 'Paused' : phase);
        this.orb.setFillStyle(phase === 'Breathe out' || phase === 'Rest' ? 0x81c784 : 0x4fc3f7, 0.85);
      }
    }
  }
});
