// Breaks at create(): the method does not exist.
class Broken extends Phaser.Scene
{
    preload ()
    {
    }

    create ()
    {
        const box = this.add.rectangle(400, 300, 100, 100, 0x00ff00);
        box.spinAround(360);
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Broken });
