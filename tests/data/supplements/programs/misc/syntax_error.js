// A syntax error: the create method is never closed.
class Unclosed extends Phaser.Scene
{
    preload ()
    {
    }

    create ()
    {
        this.add.circle(400, 300, 50, 0xff00ff;
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Unclosed });
